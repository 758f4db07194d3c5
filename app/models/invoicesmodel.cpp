#include "invoicesmodel.h"

#include "account/accountruntime.h"
#include "apicall.h"
#include "core/atomicfile.h"

InvoicesModel::InvoicesModel(QObject *parent)
    : QueryListModel(parent)
{
    watch({Collection::Invoices});
    setColumns({{"invoiceId", Column::Int}, {"number", Column::Text}, {"description", Column::Text},
        {"amountCents", Column::Int}, {"currency", Column::Text}, {"status", Column::Text},
        {"issuedAt", Column::Time}, {"periodStart", Column::Time}, {"periodEnd", Column::Time},
        {"customerName", Column::Text}, {"website", Column::Text}, {"billingAddress", Column::Text}});
}

QueryListModel::Query InvoicesModel::query() const
{
    return {QStringLiteral("SELECT id, number, description, amount_cents, currency, status, issued_at,"
                           " period_start, period_end, customer_name, website, billing_address"
                           " FROM invoices ORDER BY issued_at DESC, id DESC"),
        {}};
}

QString InvoicesModel::suggestedFileName(qint64 invoiceId) const
{
    const int row = indexOf(QStringLiteral("invoiceId"), invoiceId);
    const QString number
        = row < 0 ? QString::number(invoiceId) : get(row, QStringLiteral("number")).toString();
    return number + QStringLiteral(".pdf");
}

void InvoicesModel::downloadPdf(qint64 invoiceId, const QUrl &file)
{
    if (!runtime())
        return;
    if (!file.isLocalFile()) {
        Q_EMIT actionFinished(false, tr("Choose a file on this computer."));
        return;
    }
    apicall::send(*runtime(), this, "GET", QStringLiteral("/invoices/%1/pdf").arg(invoiceId), {}, {},
        [this, path = file.toLocalFile()](const ApiResult &result) {
            if (!result.ok()) {
                Q_EMIT actionFinished(false, apicall::failureText(result));
                return;
            }
            if (!result.body.startsWith("%PDF-")) {
                Q_EMIT actionFinished(false, tr("The server did not send a PDF."));
                return;
            }
            QString error;
            if (!atomicfile::write(path, result.body, &error)) {
                Q_EMIT actionFinished(false, tr("Could not save %1: %2").arg(path, error));
                return;
            }
            Q_EMIT actionFinished(true, tr("Saved %1.").arg(path));
        });
}
