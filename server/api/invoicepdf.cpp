#include "invoicepdf.h"

#include <QList>
#include <QLocale>
#include <QStringList>

namespace {
// PDF string literal in WinAnsi (Latin-1 covers the names and addresses the seed produces);
// characters outside it become '?', and the delimiters are escaped.
QByteArray pdfString(const QString &text)
{
    QByteArray out = "(";
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const char ch = u < 256 ? char(u) : '?';
        if (ch == '(' || ch == ')' || ch == '\\')
            out += '\\';
        out += ch;
    }
    return out + ')';
}

QString money(qint64 cents, const QString &currency)
{
    return currency + u' ' + QLocale::c().toString(double(cents) / 100.0, 'f', 2);
}
} // namespace

namespace invoicepdf {

QByteArray render(const QJsonObject &invoice)
{
    const auto s = [&](const char *key) { return invoice.value(QString::fromLatin1(key)).toString(); };
    const QString currency = s("currency");
    QList<QPair<int, QString>> lines = {
        {20, QStringLiteral("Miraget Ltd - Invoice %1").arg(s("number"))},
        {11, QStringLiteral("Kemp House, 152-160 City Rd, London EC1V 2NX, United Kingdom")},
        {11, QString()},
        {12, QStringLiteral("Bill to: %1").arg(s("customer_name"))},
        {11, QStringLiteral("Website: %1").arg(s("website"))},
        {11, QStringLiteral("Billing address: %1").arg(s("billing_address"))},
        {11, QString()},
        {11, QStringLiteral("Issued: %1").arg(s("issued_at").left(10))},
        {11, QStringLiteral("Period: %1 to %2").arg(s("period_start").left(10), s("period_end").left(10))},
        {11, QString()},
        {12,
            QStringLiteral("%1    %2")
                .arg(s("description"),
                    money(invoice.value(QStringLiteral("amount_cents")).toInteger(), currency))},
        {12, QStringLiteral("Status: %1").arg(s("status"))},
        {9, QString()},
        {9, QStringLiteral("Payments are processed by Stripe or PayPal. Powered by Miraget.")},
    };
    QByteArray content = "BT\n72 770 Td\n";
    for (const auto &[size, text] : lines) {
        content += "/F1 " + QByteArray::number(size) + " Tf\n" + pdfString(text) + " Tj\n0 -"
            + QByteArray::number(size + 8) + " Td\n";
    }
    content += "ET\n";

    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
        " /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream",
    };
    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace invoicepdf
