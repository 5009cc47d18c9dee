#pragma once

#include "fielderrors.h"
#include "project/projectmodel.h"

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace yard::ui {

class HeadersEditor;
class JsonHighlighter;

// Renames the label of `field`'s row (labels follow the language; rows are made before).
void setRowLabel(QFormLayout *form, QWidget *field, const QString &text);

// The part of the route form that belongs to one action. A page shows a route's settings and
// writes back only the field the user changed, so keys the file did not have stay absent.
class ActionPage : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionPage)

public:
    explicit ActionPage(QWidget *parent = nullptr);

    virtual void load(const project::RouteConfig &route) = 0;
    virtual void store(project::RouteConfig &route, const QString &field) const = 0;
    virtual void retranslateUi() = 0;
    FieldErrors &errors() { return m_errors; }
    QFormLayout *form() const { return m_form; }

Q_SIGNALS:
    void edited(const QString &field);

protected:
    QLineEdit *addLine(const QString &field);
    QSpinBox *addSpin(const QString &field, int minimum, int maximum);
    QCheckBox *addCheck(const QString &field);
    bool m_loading = false;

private:
    QFormLayout *m_form;
    FieldErrors m_errors;
};

class RespondPage final : public ActionPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RespondPage)

public:
    explicit RespondPage(QWidget *parent = nullptr);
    void load(const project::RouteConfig &route) override;
    void store(project::RouteConfig &route, const QString &field) const override;
    void retranslateUi() override;
    // Highlights for a dark or light palette.
    void setDarkPalette(bool dark);

private:
    void updateJsonState();

    QSpinBox *m_status;
    HeadersEditor *m_headers;
    QPlainTextEdit *m_body;
    JsonHighlighter *m_highlighter;
    QLabel *m_jsonState;
    QLineEdit *m_bodyFile;
    QSpinBox *m_delay;
};

class RedirectPage final : public ActionPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedirectPage)

public:
    explicit RedirectPage(QWidget *parent = nullptr);
    void load(const project::RouteConfig &route) override;
    void store(project::RouteConfig &route, const QString &field) const override;
    void retranslateUi() override;

private:
    QLineEdit *m_to;
    QSpinBox *m_status;
    QCheckBox *m_keepQuery;
};

class StaticPage final : public ActionPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaticPage)

public:
    explicit StaticPage(QWidget *parent = nullptr);
    void load(const project::RouteConfig &route) override;
    void store(project::RouteConfig &route, const QString &field) const override;
    void retranslateUi() override;
    // Where the folder picker starts: the project file's folder.
    void setBaseDir(const QString &dir) { m_baseDir = dir; }

private:
    void chooseFolder();

    QLineEdit *m_root;
    QHBoxLayout *m_rootRow;
    QSpinBox *m_maxAge;
    QCheckBox *m_immutable;
    QCheckBox *m_listing;
    QCheckBox *m_spaFallback;
    QString m_baseDir;
};

class ProxyPage final : public ActionPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyPage)

public:
    explicit ProxyPage(QWidget *parent = nullptr);
    void load(const project::RouteConfig &route) override;
    void store(project::RouteConfig &route, const QString &field) const override;
    void retranslateUi() override;

private:
    QLineEdit *m_upstream;
    QCheckBox *m_stripPrefix;
    QCheckBox *m_changeOrigin;
};

// websocket: chat rooms, with the route's limits and history size.
class WebSocketPage final : public ActionPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketPage)

public:
    explicit WebSocketPage(QWidget *parent = nullptr);
    void load(const project::RouteConfig &route) override;
    void store(project::RouteConfig &route, const QString &field) const override;
    void retranslateUi() override;

private:
    QLabel *m_text;
    QLineEdit *m_rooms;
    QSpinBox *m_maxRooms;
    QSpinBox *m_maxMessageBytes;
    QSpinBox *m_messagesPerSecond;
    QSpinBox *m_historySize;
    QSpinBox *m_pingIntervalMs;
};

// sse and health have no settings of their own: the page says what they do.
class InfoPage final : public ActionPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InfoPage)

public:
    InfoPage(project::RouteAction action, QWidget *parent = nullptr);
    void load(const project::RouteConfig &) override {}
    void store(project::RouteConfig &, const QString &) const override {}
    void retranslateUi() override;

private:
    project::RouteAction m_action;
    QLabel *m_text;
};

} // namespace yard::ui
