#include "studio.h"

#include "base/input_error.h"
#include "base/version.h"
#include "language.h"
#include "mainwindow.h"
#include "model/catalog.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QScreen>

namespace cs {

namespace {

// The design to open: the one named on the command line, else the 128-GPU example.
QString startupDesign(const QStringList& arguments) {
    if (arguments.size() > 1)
        return arguments.at(1);
    return QString::fromStdString(
        (Catalog::defaultDirectory() / "examples" / "training-128gpu.json").string());
}

} // namespace

int runStudio(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ClusterStudio"));
    QApplication::setOrganizationName(QStringLiteral("ClusterStudio"));
    QApplication::setApplicationVersion(QString::fromUtf8(appVersion()));
    // The installed .desktop entry (resources/desktop): lets the desktop match the window to it and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.clusterstudio.ClusterStudio"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.clusterstudio.ClusterStudio"),
                                                 QIcon(QStringLiteral(":/icons/cluster-studio.svg"))));
    applyLanguage(resolveLanguage(savedLanguage())); // before any window: the UI is built in its language

    Catalog library;
    try {
        library = Catalog::loadDirectory(Catalog::defaultDirectory());
    } catch (const InputError& e) {
        QMessageBox::critical(nullptr, QObject::tr("ClusterStudio"),
                              QObject::tr("The device catalog cannot be loaded.\n\n%1").arg(e.what()));
        return 2;
    }

    MainWindow window(std::move(library));
    window.resize(window.screen()->availableSize()); // the restored size, where no window manager maximizes
    const QString path = startupDesign(QApplication::arguments());
    QString error;
    const bool opened = window.openDesign(path, &error);
    window.showMaximized();
    if (!opened)
        showOpenError(&window, path, error); // the window stays, on an empty design
    window.offerUntitledRecovery();          // work left unsaved when an earlier session crashed
    return QApplication::exec();
}

} // namespace cs
