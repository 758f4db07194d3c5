#pragma once

#include <QByteArray>
#include <QJsonObject>

// Renders an invoice as a one-page PDF. The server is a console program without QtGui, and Debian
// has no small PDF library for Qt, so this writes the few PDF objects a text page needs (PDF 1.4,
// standard Helvetica, WinAnsi text) with a correct cross-reference table.
namespace invoicepdf {
QByteArray render(const QJsonObject &invoice);
}
