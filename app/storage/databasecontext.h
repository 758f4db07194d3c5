#pragma once

#include <memory>
#include <typeindex>
#include <unordered_map>

class SqlDatabase;

// What a job on the database thread works with: the writer connection and the long-lived helpers
// built on it (prepared statements, batch state). A helper type T is constructed from the context
// on first use and lives, like the connection, only on the database thread, so none of them needs
// a lock; all are destroyed there, before the connection closes.
class DatabaseContext
{
public:
    explicit DatabaseContext(std::unique_ptr<SqlDatabase> db);
    ~DatabaseContext();
    DatabaseContext(const DatabaseContext &) = delete;
    DatabaseContext &operator=(const DatabaseContext &) = delete;

    SqlDatabase &db() { return *m_db; }

    template<typename T> T &get()
    {
        std::shared_ptr<void> &slot = m_helpers[std::type_index(typeid(T))];
        if (!slot)
            slot = std::make_shared<T>(*this);
        return *static_cast<T *>(slot.get());
    }

private:
    std::unique_ptr<SqlDatabase> m_db;
    std::unordered_map<std::type_index, std::shared_ptr<void>> m_helpers;
};
