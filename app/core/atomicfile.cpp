#include "atomicfile.h"

#include <QSaveFile>

namespace atomicfile {

bool write(const QString &path, const QByteArray &contents, QString *error)
{
    return write(
        path, [&contents](QIODevice &out, QString *) { return out.write(contents) == contents.size(); },
        error);
}

bool write(const QString &path, const std::function<bool(QIODevice &, QString *)> &fill, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    QString why;
    if (!fill(file, &why)) {
        // The file's own error (a full disk) says more than a writer that only saw a short write.
        *error = why.isEmpty() ? file.errorString() : why;
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace atomicfile
