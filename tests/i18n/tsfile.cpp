#include "tsfile.h"

#include <QFile>
#include <QXmlStreamReader>

namespace {
TsMessage readMessage(QXmlStreamReader &xml, const QString &context) {
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"comment") {
            message.comment = xml.readElementText();
        } else if (xml.name() == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.translations.append(xml.readElementText());
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() == u"numerusform")
                    message.translations.append(xml.readElementText());
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

void readContext(QXmlStreamReader &xml, TsFile &file) {
    QString name;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"name")
            name = xml.readElementText();
        else if (xml.name() == u"message")
            file.messages.append(readMessage(xml, name));
        else
            xml.skipCurrentElement();
    }
}
} // namespace

TsFile readTsFile(const QString &path) {
    TsFile file;
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        file.error = path + u": " + in.errorString();
        return file;
    }
    QXmlStreamReader xml(&in);
    if (xml.readNextStartElement() && xml.name() == u"TS") {
        file.language = xml.attributes().value(QLatin1String("language")).toString();
        while (xml.readNextStartElement()) {
            if (xml.name() == u"context")
                readContext(xml, file);
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        file.error =
            path + u": " + xml.errorString() + u" at line " + QString::number(xml.lineNumber());
    else if (file.language.isEmpty())
        file.error = path + u": not a Qt Linguist file";
    return file;
}
