#include "loopbackreceiver.h"

#include <QHostAddress>

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, parent)
{
    setCallbackPath(QStringLiteral("/callback"));
}

QString LoopbackReceiver::callback() const
{
    return QStringLiteral("http://127.0.0.1:%1/callback").arg(port());
}
