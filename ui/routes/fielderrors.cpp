#include "fielderrors.h"

#include <QFormLayout>
#include <QLabel>

namespace yard::ui {

namespace {
// A wrapping label as tall as its lines at its real width. QFormLayout sizes rows by sizeHint,
// which a word-wrapped QLabel computes for a guessed narrow width: a one-line message would get
// two lines of height, leaving gaps around it.
class ErrorLabel final : public QLabel {
public:
    using QLabel::QLabel;

    void fitHeight() {
        // Measured directly: QLabel::heightForWidth() answers for a narrower width than given.
        const int lines =
            fontMetrics()
                .boundingRect(QRect(0, 0, qMax(width(), 1), 0), Qt::TextWordWrap, text())
                .height();
        const int height = lines + contentsMargins().top() + contentsMargins().bottom();
        if (!text().isEmpty() && height != this->height())
            setFixedHeight(height);
    }

protected:
    void resizeEvent(QResizeEvent *event) override {
        QLabel::resizeEvent(event);
        fitHeight();
    }
};
} // namespace

QLabel *FieldErrors::makeLabel(QWidget *parent) {
    auto *label = new ErrorLabel(parent);
    label->setObjectName(QStringLiteral("fieldError"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Red that stays readable on light and dark palettes.
    label->setStyleSheet(QStringLiteral("QLabel { color: #d0342c; }"));
    label->hide();
    return label;
}

QLabel *FieldErrors::add(QFormLayout *layout, const QString &key) {
    QLabel *label = makeLabel(layout->parentWidget());
    label->setObjectName(QStringLiteral("error_") + key);
    layout->addRow(QString(), label);
    layout->setRowVisible(label, false);
    m_labels.insert(key, {layout, label});
    return label;
}

project::ProjectErrors FieldErrors::show(const QHash<QString, QString> &byKey) {
    project::ProjectErrors unplaced;
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const QString message = byKey.value(it.key());
        const auto &[form, label] = it.value();
        label->setText(message);
        static_cast<ErrorLabel *>(label)->fitHeight();
        form->setRowVisible(label, !message.isEmpty());
    }
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (!m_labels.contains(it.key()))
            unplaced.append({it.key(), it.value()});
    }
    return unplaced;
}

void FieldErrors::clear() {
    show({});
}

} // namespace yard::ui
