#pragma once

class SqlDatabase;

// BEGIN IMMEDIATE … COMMIT, rolled back unless commit() succeeded. Immediate: the writer takes
// the write lock up front, so a transaction never fails half-way for want of it.
class SqlTransaction
{
public:
    explicit SqlTransaction(SqlDatabase &db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();

private:
    SqlDatabase &m_db;
    bool m_active;
};
