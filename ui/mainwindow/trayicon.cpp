#include "trayicon.h"

#include "document/projectdocument.h"
#include "servers/serverpool.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>

namespace yard::ui {

namespace {
bool assumeAvailable = false;
}

bool TrayIcon::isAvailable() {
    return assumeAvailable || QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::assumeAvailableForTesting(bool available) {
    assumeAvailable = available;
}

TrayIcon::TrayIcon(ProjectDocument *document, ServerPool *pool, QMainWindow *window)
    : QSystemTrayIcon(QIcon(QStringLiteral(":/icons/yardmaster.svg")), window)
    , m_document(document)
    , m_pool(pool) {
    auto *menu = new QMenu(window);
    m_show = menu->addAction(QString(), window, [window] {
        window->showNormal();
        window->raise();
        window->activateWindow();
    });
    m_stopAll = menu->addAction(QIcon(QStringLiteral(":/icons/stop.svg")), QString(), pool,
                                &ServerPool::stopAll);
    menu->addSeparator();
    m_quit = menu->addAction(QString(), this, &TrayIcon::quitRequested);
    m_show->setObjectName(QStringLiteral("actionTrayShow"));
    m_stopAll->setObjectName(QStringLiteral("actionTrayStopAll"));
    m_quit->setObjectName(QStringLiteral("actionTrayQuit"));
    setContextMenu(menu);
    connect(this, &QSystemTrayIcon::activated, this, [this](ActivationReason reason) {
        if (reason == Trigger)
            m_show->trigger();
    });
    connect(pool, &ServerPool::runningChanged, this, &TrayIcon::refresh);
    connect(document, &ProjectDocument::changed, this, &TrayIcon::refresh);
    retranslateUi();
}

void TrayIcon::retranslateUi() {
    m_show->setText(tr("Show Yardmaster"));
    m_stopAll->setText(tr("Stop all servers"));
    m_quit->setText(tr("Quit"));
    refresh();
}

void TrayIcon::refresh() {
    m_stopAll->setEnabled(m_pool->runningCount() > 0);
    setToolTip(tr("Yardmaster: %1 of %n server(s) running", nullptr, m_document->serverCount())
                   .arg(m_pool->runningCount()));
}

} // namespace yard::ui
