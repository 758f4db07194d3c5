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

// BEGIN (deferred) … COMMIT around several reads on one connection, so they all see one snapshot
// of the database, its schema included: a plan made from what the first read saw (say, that an
// index exists) still holds for the statements after it, whatever the writer commits meanwhile.
// Does nothing inside a transaction already open.
class SqlReadSnapshot
{
public:
    explicit SqlReadSnapshot(SqlDatabase &db);
    ~SqlReadSnapshot();
    SqlReadSnapshot(const SqlReadSnapshot &) = delete;
    SqlReadSnapshot &operator=(const SqlReadSnapshot &) = delete;

private:
    SqlDatabase &m_db;
    bool m_began = false;
};
