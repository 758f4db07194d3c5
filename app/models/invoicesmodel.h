#pragma once

#include "querylistmodel.h"

#include <QUrl>

// The account's invoices, newest first (owner and billing roles only: the cache holds none for
// anyone else). Each can be saved as the PDF the server renders.
class InvoicesModel : public QueryListModel
{
    Q_OBJECT

public:
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        NumberRole,
        DescriptionRole,
        AmountCentsRole,
        CurrencyRole,
        StatusRole,
        IssuedAtRole,
        PeriodStartRole,
        PeriodEndRole,
        CustomerNameRole,
        WebsiteRole,
        BillingAddressRole,
    };
    Q_ENUM(Roles)

    explicit InvoicesModel(QObject *parent = nullptr);

    // Fetches the invoice's PDF and writes it to `file` (a local file URL).
    Q_INVOKABLE void downloadPdf(qint64 invoiceId, const QUrl &file);
    // "MG-2026-100001.pdf": what the save dialog suggests.
    Q_INVOKABLE QString suggestedFileName(qint64 invoiceId) const;

Q_SIGNALS:
    void actionFinished(bool ok, const QString &message);

protected:
    Query query() const override;
};
