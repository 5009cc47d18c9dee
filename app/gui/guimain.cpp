#include "i18n/languageswitcher.h"
#include "mainwindow/mainwindow.h"
#include "preferences/themeswitcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

// Entry point of the window module (see app/launcher.h): resolved by name, so not mangled.
extern "C" Q_DECL_EXPORT int yardmasterGuiMain(int argc, char **argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("yardmaster"));
    QApplication::setApplicationDisplayName(QStringLiteral("Yardmaster"));
    QApplication::setOrganizationName(QStringLiteral("Yardmaster"));
    QApplication::setApplicationVersion(QStringLiteral(YARD_VERSION));
    // Names the installed desktop file, so Wayland docks show its name and icon for the window.
    QApplication::setDesktopFileName(QStringLiteral(YARD_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/yardmaster.svg")));
    // Before any widget exists, so the first paint is already in the user's language.
    yard::ui::LanguageSwitcher::instance()->applySavedChoice();
    // The switcher notes the platform's style first, for the System theme to return to.
    yard::ui::ThemeSwitcher::instance()->applySavedChoice();

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 QApplication::translate("yard::app", "Project to open."));
    parser.process(app);

    yard::ui::MainWindow window;
    const QStringList files = parser.positionalArguments();
    // CONTRACT.md: with no project named, the last one opened, else the demo.
    QString project = files.isEmpty() ? yard::ui::MainWindow::lastProject() : files.front();
    if (project.isEmpty())
        project = yard::ui::MainWindow::demoProject();
    if (!project.isEmpty())
        window.openAtLaunch(project);
    window.show();
    return app.exec();
}
