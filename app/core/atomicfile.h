#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

// Files the app writes for the user or the desktop — an export, a downloaded invoice, the account's
// data, the autostart entry — appear whole or not at all (QSaveFile: written beside the target,
// renamed over it on success), so a full disk or a crash never leaves half a file that looks done.
namespace atomicfile {
// False with *error (the system's words) when the file could not be written; nothing is left then.
bool write(const QString &path, const QByteArray &contents, QString *error);
// `fill` writes the contents and returns false with *error to abandon the file.
bool write(const QString &path, const std::function<bool(QIODevice &, QString *)> &fill, QString *error);
} // namespace atomicfile
