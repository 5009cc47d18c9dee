#include "loginpage.h"

#include <QCoreApplication>
#include <QString>

namespace yard::routing {

namespace {
// lupdate files a free function's tr() under its namespace: this names the context the program
// looks the text up in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(yard::routing::LoginPage)
};

QString escaped(const QByteArray &text) {
    return QString::fromUtf8(text).toHtmlEscaped();
}
} // namespace

QByteArray loginPageHtml(const QByteArray &action, const QByteArray &next,
                         const QByteArray &error) {
    QString message;
    if (error == "throttled")
        message = Text::tr("Too many attempts. Wait a minute, then try again.");
    else if (!error.isEmpty())
        message = Text::tr("The user name or the password is not right.");
    const QString alert = message.isEmpty()
                              ? QString()
                              : QStringLiteral("<p role=\"alert\" id=\"error\">%1</p>\n")
                                    .arg(message.toHtmlEscaped());
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               "<title>%1</title>\n<style>body{font:16px/1.5 system-ui,sans-serif;max-width:"
               "22rem;margin:4rem auto;padding:0 1rem}label,input,button{display:block;width:"
               "100%;box-sizing:border-box}input{margin:.25rem 0 1rem;padding:.5rem}button{"
               "padding:.5rem}[role=alert]{color:#a00}</style>\n</head>\n<body>\n<main>\n"
               "<h1>%1</h1>\n%2<form method=\"post\" action=\"%3\">\n"
               "<label for=\"username\">%4</label>\n"
               "<input id=\"username\" name=\"username\" autocomplete=\"username\" required "
               "autofocus>\n<label for=\"password\">%5</label>\n"
               "<input id=\"password\" name=\"password\" type=\"password\" "
               "autocomplete=\"current-password\" required>\n"
               "<input type=\"hidden\" name=\"next\" value=\"%6\">\n"
               "<button type=\"submit\">%1</button>\n</form>\n</main>\n</body>\n</html>\n")
        .arg(Text::tr("Sign in"), alert, escaped(action), Text::tr("User name"),
             Text::tr("Password"), escaped(next))
        .toUtf8();
}

} // namespace yard::routing
