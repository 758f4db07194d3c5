#pragma once

#include <QOAuthHttpServerReplyHandler>

// Where the browser's redirect lands (RFC 8252 §7.3). Qt 6.4's QOAuthHttpServerReplyHandler
// listens on every interface by default and advertises "localhost" in its callback; this receiver
// binds 127.0.0.1 only, on a port the system picks, and advertises exactly that address — the
// redirect the server accepts. It is closed as soon as one answer has arrived.
class LoopbackReceiver : public QOAuthHttpServerReplyHandler
{
    Q_OBJECT

public:
    explicit LoopbackReceiver(QObject *parent = nullptr);

    QString callback() const override;
};
