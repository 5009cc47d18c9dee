#include "messagesummary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace yard::ui {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(yard::ui::MessageSummary)
};

QString oneLine(QString text) {
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text;
}
} // namespace

QString directionLabel(bool out) {
    // Seen from the server: "in" came from the client.
    return out ? Text::tr("← out") : Text::tr("→ in");
}

QString summarizeMessage(const QString &preview) {
    // Only what looks like a JSON object is parsed: most payloads of other apps are not.
    if (!preview.startsWith(u'{'))
        return oneLine(preview);
    const QJsonDocument document = QJsonDocument::fromJson(preview.toUtf8());
    const QJsonObject frame = document.object();
    const QString type = frame.value(QStringLiteral("type")).toString();
    if (type.isEmpty())
        return oneLine(preview); // cut at the preview's bound, or not a chat frame
    const QString user = frame.value(QStringLiteral("user")).toString();
    const QString text = oneLine(frame.value(QStringLiteral("text")).toString());
    if (type == u"message")
        return user.isEmpty() ? text : Text::tr("%1: %2").arg(user, text);
    if (type == u"join" && !user.isEmpty())
        return Text::tr("join as %1").arg(user);
    if (type == u"joined") {
        QStringList members;
        for (const QJsonValue &member : frame.value(QStringLiteral("members")).toArray())
            members.append(member.toString());
        return Text::tr("joined; members: %1").arg(members.join(QStringLiteral(", ")));
    }
    if (type == u"user-joined")
        return Text::tr("%1 joined").arg(user);
    if (type == u"user-left")
        return Text::tr("%1 left").arg(user);
    if (type == u"error")
        return Text::tr("error %1: %2")
            .arg(frame.value(QStringLiteral("code")).toString(),
                 oneLine(frame.value(QStringLiteral("message")).toString()));
    return text.isEmpty() ? type : Text::tr("%1: %2").arg(type, text);
}

} // namespace yard::ui
