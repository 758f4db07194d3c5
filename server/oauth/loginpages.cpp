#include "loginpages.h"

namespace {
QString page(const QString &title, const QString &body)
{
    return QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<title>%1 - Miraget</title><style>"
        "body{font-family:system-ui,sans-serif;background:#f4f6fb;color:#1c2333;margin:0}"
        "main{max-width:380px;margin:8vh auto;background:#fff;border-radius:12px;padding:32px;"
        "box-shadow:0 4px 24px rgba(20,30,60,.08)}"
        "h1{font-size:1.4rem;margin:0 0 4px}p.brand{color:#4b5ae4;font-weight:700;margin:0 0 24px}"
        "label{display:block;margin:16px 0 4px;font-size:.9rem}"
        "input[type=email],input[type=password]{width:100%;box-sizing:border-box;padding:10px;"
        "border:1px solid #c8cfdc;border-radius:8px;font-size:1rem}"
        "button{margin-top:24px;padding:10px 18px;border:0;border-radius:8px;font-size:1rem;cursor:pointer}"
        ".primary{background:#4b5ae4;color:#fff}.secondary{background:#e6e9f2;color:#1c2333;margin-left:8px}"
        ".error{background:#fdecec;color:#a12020;padding:10px;border-radius:8px}"
        "small{color:#667}</style></head><body><main><p class=\"brand\">Miraget</p>%2</main></body></html>\n")
        .arg(title.toHtmlEscaped(), body);
}
} // namespace

namespace loginpages {

QString login(const QString &requestId, const QString &clientName, const QString &email, const QString &error)
{
    QString body = QStringLiteral("<h1>Sign in</h1><p><small>to continue to %1</small></p>")
                       .arg(clientName.toHtmlEscaped());
    if (!error.isEmpty())
        body += QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>").arg(error.toHtmlEscaped());
    body += QStringLiteral(
        "<form method=\"post\" action=\"/oauth/login\">"
        "<input type=\"hidden\" name=\"request_id\" value=\"%1\">"
        "<label for=\"email\">Email</label>"
        "<input id=\"email\" type=\"email\" name=\"email\" value=\"%2\" autocomplete=\"username\" required>"
        "<label for=\"password\">Password</label>"
        "<input id=\"password\" type=\"password\" name=\"password\" autocomplete=\"current-password\""
        " required>"
        "<button class=\"primary\" type=\"submit\">Sign in</button></form>")
                .arg(requestId.toHtmlEscaped(), email.toHtmlEscaped());
    return page(QStringLiteral("Sign in"), body);
}

QString consent(const QString &requestId, const QString &clientName, const QString &userName,
    const QString &email, const QString &role, const QString &accountName)
{
    const QString body
        = QStringLiteral(
            "<h1>Allow access?</h1>"
            "<p><strong>%1</strong> wants to use your Miraget account.</p>"
            "<p>Signed in as %2 &lt;%3&gt;, %4 of <strong>%5</strong>.</p>"
            "<p><small>It will read your leads, visitor activity, team and (for owners and billing"
            " admins) billing, and make changes you make in the app.</small></p>"
            "<form method=\"post\" action=\"/oauth/consent\">"
            "<input type=\"hidden\" name=\"request_id\" value=\"%6\">"
            "<button class=\"primary\" type=\"submit\" name=\"decision\" value=\"allow\">Allow</button>"
            "<button class=\"secondary\" type=\"submit\" name=\"decision\" value=\"deny\">Deny</button>"
            "</form>")
              .arg(clientName.toHtmlEscaped(), userName.toHtmlEscaped(), email.toHtmlEscaped(),
                  role.toHtmlEscaped(), accountName.toHtmlEscaped(), requestId.toHtmlEscaped());
    return page(QStringLiteral("Allow access"), body);
}

QString error(const QString &title, const QString &detail)
{
    return page(title,
        QStringLiteral("<h1>%1</h1><p class=\"error\" role=\"alert\">%2</p>")
            .arg(title.toHtmlEscaped(), detail.toHtmlEscaped()));
}

} // namespace loginpages
