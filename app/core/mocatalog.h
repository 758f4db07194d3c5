#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// A GNU gettext message catalog (.mo) read into memory: msgid → translation. Qt's QTranslator reads
// only its own .qm files, and glibc's dgettext() translates for the process's C locale, not for the
// language chosen in Settings; this reads Debian's iso-codes catalogs (country names) directly.
// Only what those need: singular messages, either byte order, no plural forms or contexts.
class MoCatalog
{
public:
    // False, with the catalog left empty, when the file is missing or not a valid .mo file.
    bool load(const QString &path);
    // The same from a file's bytes (what load() reads; the fuzzer's way in).
    bool loadData(const QByteArray &data);
    bool isEmpty() const { return m_messages.isEmpty(); }
    // The translation of `msgid`, or an empty string when the catalog has none.
    QString translate(const QByteArray &msgid) const { return m_messages.value(msgid); }

private:
    QHash<QByteArray, QString> m_messages;
};
