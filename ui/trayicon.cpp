#include "trayicon.h"

#include "models/alertfeed.h"
#include "syncstatus.h"
#include "uilanguage.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>

namespace {
constexpr int kIconSizes[] = {16, 22, 24, 32, 48, 64, 128, 256};
} // namespace

TrayIcon::TrayIcon(AlertFeed *feed, SyncStatus *status, QObject *parent)
    : QObject(parent)
    , m_feed(feed)
    , m_status(status)
{
    m_open = m_menu.addAction(QString(), this, &TrayIcon::showWindowRequested);
    m_hotLeads = m_menu.addAction(QString(), this, &TrayIcon::hotLeadsRequested);
    m_sync = m_menu.addAction(QString(), this, &TrayIcon::syncRequested);
    m_menu.addSeparator();
    QAction *quit = m_menu.addAction(QString(), this, &TrayIcon::quitRequested);
    quit->setObjectName(QStringLiteral("quit"));
    m_tray.setContextMenu(&m_menu);
    connect(&m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showWindowRequested();
    });
    if (feed)
        connect(feed, &AlertFeed::newHotLeadsChanged, this, &TrayIcon::refresh);
    if (status)
        connect(status, &SyncStatus::changed, this, &TrayIcon::refresh);
    connect(UiLanguage::instance(), &UiLanguage::changed, this, [this, quit] {
        quit->setText(tr("Quit Miraget"));
        m_count = -1; // re-word everything
        refresh();
    });
    quit->setText(tr("Quit Miraget"));
    refresh();
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::showIfAvailable()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return false;
    m_tray.show();
    return true;
}

QString TrayIcon::toolTip() const
{
    QString text = QStringLiteral("Miraget");
    if (m_count > 0)
        text += u'\n' + tr("%n new hot lead(s)", nullptr, m_count);
    if (const SyncStatus *status = m_status.data())
        text += u'\n' + status->statusText();
    return text;
}

void TrayIcon::refresh()
{
    int count = 0;
    if (const AlertFeed *feed = m_feed.data())
        count = feed->newHotLeads();
    m_open->setText(tr("Open Miraget"));
    m_sync->setText(tr("Sync now"));
    if (count != m_count) {
        m_count = count;
        m_hotLeads->setText(count > 0 ? tr("%n new hot lead(s)", nullptr, count) : tr("Hot leads"));
        QIcon icon;
        const QIcon base = applicationIcon();
        for (const int size : kIconSizes)
            icon.addPixmap(QPixmap::fromImage(badged(base.pixmap(size).toImage(), count)));
        m_tray.setIcon(icon);
    }
    m_tray.setToolTip(toolTip());
    Q_EMIT changed();
}

QIcon TrayIcon::applicationIcon()
{
    QIcon icon;
    for (const int size : kIconSizes)
        icon.addFile(QStringLiteral(":/icons/com.miraget.Desktop-%1.png").arg(size), QSize(size, size));
    return icon;
}

QImage TrayIcon::badged(const QImage &icon, int count)
{
    QImage image = icon.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    if (count <= 0 || image.isNull())
        return image;
    const QString label = count > 99 ? QStringLiteral("99+") : QLocale().toString(count);
    const int side = image.width();
    // Over half the icon: at 16 px a smaller badge is a dot with no readable number.
    const qreal diameter = side * (label.size() > 2 ? 0.7 : 0.6);
    const QRectF badge(side - diameter, image.height() - diameter, diameter, diameter);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, std::max(1.0, side / 32.0)));
    painter.setBrush(QColor(0xd9, 0x30, 0x25));
    painter.drawEllipse(badge);
    QFont font = QGuiApplication::font();
    font.setBold(true);
    font.setPixelSize(std::max(6, int(diameter * (label.size() > 2 ? 0.42 : 0.6))));
    painter.setFont(font);
    painter.drawText(badge, Qt::AlignCenter, label);
    return image;
}
