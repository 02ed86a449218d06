#include "mainwindow.h"

#include "design_file.h"
#include "design_summary.h"
#include "designscene.h"
#include "designview.h"
#include "input_error.h"
#include "legendwidget.h"
#include "linklayeritem.h"

#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace cs {

namespace {

QString summaryText(const DesignSummary& summary) {
    const QLocale locale;
    const auto number = [&locale](std::size_t count) {
        return locale.toString(static_cast<qulonglong>(count));
    };
    const auto kilowatts = [&locale](double watts) { return locale.toString(watts / 1000, 'f', 1); };
    return MainWindow::tr(
               "%1 devices  ·  %2 GPUs  ·  %3 cables  ·  %4 racks  ·  IT power %5 kW max (%6 kW idle)")
        .arg(number(summary.devices), number(summary.gpus), number(summary.links), number(summary.racks),
             kilowatts(summary.max_watts), kilowatts(summary.idle_watts));
}

} // namespace

MainWindow::MainWindow(Catalog library, QWidget* parent)
    : QMainWindow(parent)
    , library_(std::move(library))
    , view_(new DesignView(this))
    , legend_(new LegendWidget)
    , legend_dock_(new QDockWidget(tr("Legend"), this))
    , summary_(new QLabel) {
    setCentralWidget(view_);
    legend_dock_->setObjectName(QStringLiteral("legendDock"));
    legend_dock_->setWidget(legend_);
    addDockWidget(Qt::RightDockWidgetArea, legend_dock_);
    summary_->setObjectName(QStringLiteral("designSummary"));
    statusBar()->addPermanentWidget(summary_);
    connect(legend_, &LegendWidget::networkToggled, this,
            [this](Network network, bool shown) { scene_->linkLayer(network)->setVisible(shown); });
    createMenus();
    showDesign(Design{});
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openFromDialog);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    // Zoom shortcuts follow the drawing tools': Ctrl+0 fits the drawing, Ctrl+1 shows it at its actual size.
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, view_, &DesignView::zoomIn);
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, view_, &DesignView::zoomOut);
    view->addAction(tr("Zoom to &Fit"), QKeySequence(Qt::CTRL | Qt::Key_0), view_, &DesignView::zoomToFit);
    view->addAction(tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_1), view_,
                    &DesignView::zoomToActualSize);
    view->addSeparator();
    view->addAction(legend_dock_->toggleViewAction());
}

bool MainWindow::openDesign(const QString& path, QString* error) {
    try {
        Design design = readDesign(QFile::encodeName(path).toStdString(), library_);
        path_ = path;
        showDesign(std::move(design));
        return true;
    } catch (const InputError& e) {
        if (error) {
            *error = QString::fromStdString(e.what());
            if (!error->contains(path))
                *error = path + QStringLiteral(": ") + *error;
        }
        return false;
    }
}

void MainWindow::openFromDialog() {
    const QString folder = path_.isEmpty()
                               ? QString::fromStdString((Catalog::defaultDirectory() / "examples").string())
                               : QFileInfo(path_).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Design"), folder, tr("ClusterStudio designs (*.csd *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openDesign(path, &error))
        showOpenError(this, path, error);
}

void MainWindow::showDesign(Design design) {
    auto scene = std::make_unique<DesignScene>(design);
    for (Network network : kNetworks)
        scene->linkLayer(network)->setVisible(legend_->isNetworkShown(network));
    view_->showScene(scene.get());
    scene_ = std::move(scene); // the old scene goes only once the view has let go of it
    design_ = std::move(design);

    const DesignSummary summary = summarize(design_);
    legend_->showSummary(summary);
    summary_->setText(summaryText(summary));
    const QString name = design_.name.empty() ? tr("Untitled") : QString::fromStdString(design_.name);
    setWindowTitle(tr("%1 — ClusterStudio").arg(name));
}

void showOpenError(QWidget* parent, const QString& path, const QString& error) {
    QMessageBox::critical(
        parent, MainWindow::tr("Cannot Open Design"),
        MainWindow::tr("ClusterStudio could not open “%1”.\n\n%2").arg(QFileInfo(path).fileName(), error));
}

} // namespace cs
