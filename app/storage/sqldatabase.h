#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

struct sqlite3;

// One SQLCipher connection, owned (RAII). Qt's QSQLITE driver cannot open SQLCipher files and must
// never share a process with SQLCipher (two sqlite3_* symbol sets), so the app speaks the C API
// through this thin wrapper. A database opened with a key is encrypted with that raw 256-bit key
// (no key derivation per open), 4096-byte pages, WAL, secure_delete and temp storage in memory.
// A wrong or missing key fails with a clear error before anything is written, so the file is never
// touched by a failed open.
class SqlDatabase
{
    Q_DECLARE_TR_FUNCTIONS(SqlDatabase)

public:
    static constexpr int kKeyBytes = 32;

    enum class Mode
    {
        OpenOrCreate,
        OpenExisting,
        // A reader beside the writer (WAL): no writes, no journal changes, sorts in memory.
        ReadOnly
    };

    ~SqlDatabase();
    SqlDatabase(const SqlDatabase &) = delete;
    SqlDatabase &operator=(const SqlDatabase &) = delete;

    // `key` must be kKeyBytes random bytes. Returns nullptr and sets *error on failure.
    static std::unique_ptr<SqlDatabase> open(
        const QString &path, const QByteArray &key, Mode mode, QString *error);
    // Unencrypted, for the benchmark's "plain SQLite" baseline and the tests that prove encryption
    // matters. Same library, no key.
    static std::unique_ptr<SqlDatabase> openUnencrypted(const QString &path, QString *error);
    static QByteArray generateKey();

    // Runs one or more statements without results; false with lastError() on failure.
    bool exec(const QString &sql);
    qint64 scalar(const QString &sql, bool *ok = nullptr);
    QString lastError() const;
    qint64 lastInsertRowId() const;
    int changes() const;
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    // The writer moves its WAL into the database file when it has time (checkpointIfDue, from an
    // idle moment) rather than inside whichever commit passes SQLite's 1,000-page mark: a commit
    // then costs its own pages only. Past `hardLimitPages` a commit still checkpoints, so a long
    // sync cannot grow the WAL without end.
    void deferCheckpoints(int hardLimitPages);
    // A passive checkpoint when something was committed since the last one; false on an error.
    bool checkpointIfDue();

private:
    static int walCommitted(void *self, sqlite3 *db, const char *schema, int frames);

    SqlDatabase(sqlite3 *db, QString path);
    static std::unique_ptr<SqlDatabase> openWith(
        const QString &path, const QByteArray *key, Mode mode, QString *error);

    sqlite3 *m_db;
    QString m_path;
    int m_walFrames = 0; // frames in the WAL after the last commit (deferCheckpoints only)
    int m_walHardLimit = 0;
};
