#include "logpage.h"

#include <QCoreApplication>
#include <QLabel>

namespace yard::ui {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("yard::ui::LogPage", text);
}
} // namespace

QWidget *createLogPage(const LogPageContext &context, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("logPage"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setText(tr("The live request log appears here once the log view lands. Every request "
                      "is already stored in %1; read it with: yardmaster logs %1 --follow")
                       .arg(context.databasePath));
    return label;
}

} // namespace yard::ui
