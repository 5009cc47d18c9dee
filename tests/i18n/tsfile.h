#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One message of a Qt Linguist .ts file, as far as the catalogue checks need it.
struct TsMessage {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "obsolete", "vanished"
    QStringList translations; // one, or one per numerus form

    // Identifies the message across two versions of a catalogue.
    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    // For reports: "context: source".
    QString label() const { return context + u": \"" + source + u'"'; }
};

struct TsFile {
    QString language; // the TS element's language attribute, e.g. "de_DE"
    QList<TsMessage> messages;
    QString error; // empty when the file was read
};

TsFile readTsFile(const QString &path);
