#include "cachereader.h"

#include "sqldatabase.h"

CacheReader::CacheReader(QObject *parent)
    : QObject(parent)
    , m_reader(QStringLiteral("miraget-read"))
    , m_scanner(QStringLiteral("miraget-scan"))
    , m_analyst(QStringLiteral("miraget-analytics"))
{
    qRegisterMetaType<Collection>();
}

CacheReader::~CacheReader() = default;

bool CacheReader::open(const QString &databasePath, const QByteArray &key, QString *error)
{
    const auto reader = [&](QString *why) {
        return SqlDatabase::open(databasePath, key, SqlDatabase::Mode::ReadOnly, why);
    };
    return m_reader.open(reader, error) && m_scanner.open(reader, error) && m_analyst.open(reader, error);
}

void CacheReader::waitForIdle()
{
    m_reader.waitForIdle();
    m_scanner.waitForIdle();
    m_analyst.waitForIdle();
}
