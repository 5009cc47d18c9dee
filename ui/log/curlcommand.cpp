#include "curlcommand.h"

namespace yard::ui {

QString CurlCommand::shellQuote(const QString &text) {
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString CurlCommand::build(const logging::LogRow &row, const QString &origin) {
    QString base = origin.isEmpty() ? QStringLiteral("http://localhost") : origin;
    while (base.endsWith(u'/'))
        base.chop(1);
    // An absolute-form target is sent as it was received; asterisk-form (OPTIONS *, RFC 9112
    // section 3.2.4) needs curl's --request-target.
    const bool absolute = row.target.startsWith(QStringLiteral("http://")) ||
                          row.target.startsWith(QStringLiteral("https://"));
    const bool asterisk = row.target == QStringLiteral("*");
    const QString url = absolute ? row.target : asterisk ? base : base + row.target;
    QStringList parts{QStringLiteral("curl")};
    if (asterisk)
        parts << QStringLiteral("--request-target") << shellQuote(row.target);
    if (row.method == QStringLiteral("HEAD"))
        parts << QStringLiteral("--head");
    else if (!row.method.isEmpty() && row.method != QStringLiteral("GET"))
        parts << QStringLiteral("-X") << shellQuote(row.method);
    if (!row.userAgent.isEmpty())
        parts << QStringLiteral("-A") << shellQuote(row.userAgent);
    // curl would squash "/a/../b" into "/b"; the point is to repeat the request as received.
    if (row.target.contains(QStringLiteral("/.")))
        parts << QStringLiteral("--path-as-is");
    parts << shellQuote(url);
    return parts.join(u' ');
}

} // namespace yard::ui
