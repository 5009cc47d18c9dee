#include "actionpages.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace yard::ui {

void setRowLabel(QFormLayout *form, QWidget *field, const QString &text) {
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

ActionPage::ActionPage(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this)) {
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

QLineEdit *ActionPage::addLine(const QString &field) {
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QStringLiteral("field_") + field);
    m_form->addRow(QStringLiteral("%1:").arg(field), edit);
    m_errors.add(m_form, field);
    connect(edit, &QLineEdit::textEdited, this, [this, field] { Q_EMIT edited(field); });
    return edit;
}

QSpinBox *ActionPage::addSpin(const QString &field, int minimum, int maximum) {
    auto *spin = new QSpinBox(this);
    spin->setObjectName(QStringLiteral("field_") + field);
    spin->setRange(minimum, maximum);
    spin->setKeyboardTracking(false); // one edit per finished number, not per digit
    m_form->addRow(QStringLiteral("%1:").arg(field), spin);
    m_errors.add(m_form, field);
    connect(spin, &QSpinBox::valueChanged, this, [this, field] {
        if (!m_loading)
            Q_EMIT edited(field);
    });
    return spin;
}

QCheckBox *ActionPage::addCheck(const QString &field) {
    auto *check = new QCheckBox(this);
    check->setObjectName(QStringLiteral("field_") + field);
    m_form->addRow(QString(), check);
    m_errors.add(m_form, field);
    connect(check, &QCheckBox::clicked, this, [this, field] { Q_EMIT edited(field); });
    return check;
}

InfoPage::InfoPage(project::RouteAction action, QWidget *parent)
    : ActionPage(parent)
    , m_action(action)
    , m_text(new QLabel(this)) {
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form()->addRow(m_text);
    retranslateUi();
}

void InfoPage::retranslateUi() {
    switch (m_action) {
    case project::RouteAction::Health:
        m_text->setText(tr("Answers 200 with JSON: status, uptime, open connections and "
                           "requests served. No settings of its own."));
        break;
    default:
        break;
    }
}

} // namespace yard::ui
