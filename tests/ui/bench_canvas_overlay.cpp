// The canvas heat overlay at scale (docs/architecture.md §Figures and targets), on the generated 20,480-GPU
// design (2,560 XE9680): core's loads, the recolouring after a plan change, and whole-view repaints with the
// heat on. Prints one line per figure; exit 1 when a target is missed.
//   QT_QPA_PLATFORM=offscreen build/tests/ui/bench_canvas_overlay [servers]
#include "analysis/link_load.h"
#include "designscene.h"
#include "designview.h"
#include "document.h"
#include "documentanalysis.h"
#include "heatoverlay.h"
#include "io/design_file.h"
#include "linklayeritem.h"
#include "mainwindow.h"
#include "model/operation.h"
#include "plandock.h"
#include "scenario/scenario_variant.h"
#include "topology/cluster_generator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace {

constexpr int kDefaultServers = 2560;     // 20,480 GPUs
constexpr double kRecolourTargetMs = 100; // recolouring after a plan change
constexpr double kRepaintTargetMs = 50;   // a frame while panning
constexpr int kRuns = 5;

double msSince(const QElapsedTimer& timer) {
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double repaintMs(cs::DesignView* view) {
    QElapsedTimer timer;
    timer.start();
    view->viewport()->repaint();
    return msSince(timer);
}

double worstRepaintMs(cs::DesignView* view) {
    double worst = 0;
    for (int i = 0; i < kRuns; ++i)
        worst = std::max(worst, repaintMs(view));
    return worst;
}

bool report(const char* what, double value, double target) {
    const bool met = value < target;
    std::printf("%-52s %8.1f ms  (target < %.0f ms)%s\n", what, value, target, met ? "" : "  MISSED");
    return met;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const int servers = argc > 1 ? std::atoi(argv[1]) : kDefaultServers;

    cs::Catalog library = cs::Catalog::loadDirectory(cs::Catalog::defaultDirectory());
    cs::GeneratorOptions options;
    options.servers = servers;
    options.server = "xe9680";
    cs::Design design = cs::generateCluster(options, library);
    // A DP-heavy plan over every GPU: GPT-3 175B, TP 8 x PP 8 x DP servers / 8.
    cs::Scenario scenario{.id = 1, .name = "bench"};
    scenario.plan = {{"model", {{"preset", "gpt3-175b"}}},
                     {"parallelism", {{"tp", 8}, {"pp", 8}, {"dp", servers / 8}, {"global_batch", servers}}}};
    design.apply({cs::Add<cs::Scenario>{scenario}});
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("cluster.csd"));
    cs::writeDesign(design, QFile::encodeName(path).toStdString());

    cs::MainWindow window(std::move(library));
    window.resize(1600, 1000);
    window.show();
    QString error;
    if (!window.openDesign(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    QApplication::processEvents();
    auto* plan = window.findChild<cs::PlanDock*>();
    window.analysis()->analyzeNow();
    if (!plan->errors().isEmpty()) {
        std::fprintf(stderr, "plan errors: %s\n", qPrintable(plan->errors()));
        return 2;
    }
    std::printf("%d servers: %zu devices, %zu cables\n", servers, window.design().devices().size(),
                window.design().links().size());

    cs::DesignView* view = window.view();
    view->zoomToFit();
    QApplication::processEvents();
    const double plainRepaint = worstRepaintMs(view);

    // Core alone: linkLoads for the plan the dock estimated.
    const cs::Plan corePlan = cs::scenarioPlan(window.design(), window.design().scenarios().items().front(),
                                               window.document()->library());
    const cs::TrainingEstimate estimate = cs::estimateTraining(corePlan);
    double coreMs = 1e9, recolourMs = 1e9, overlayMs = 1e9;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        const cs::LinkLoads loads = cs::linkLoads(window.design(), corePlan, estimate);
        coreMs = std::min(coreMs, msSince(timer));
    }
    // What a new estimate costs the overlay: core's loads indexed, every cable and switch recoloured.
    cs::HeatOverlay* overlay = window.heatOverlay();
    double worstOverlayMs = 0;
    for (int i = 0; i < kRuns; ++i) {
        overlay->setOn(false);
        QElapsedTimer timer;
        timer.start();
        overlay->setOn(true);
        overlayMs = std::min(overlayMs, msSince(timer));
        worstOverlayMs = std::max(worstOverlayMs, msSince(timer));
    }
    // The scene's part alone: the buckets of 93k cables and the switches' tints from loads in hand.
    const auto loads = std::make_shared<const cs::HeatLoads>(*overlay->loads());
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        window.scene()->showHeat(loads);
        recolourMs = std::min(recolourMs, msSince(timer));
    }
    std::printf("busiest link: %.1f %% of its capacity\n", loads->busiest_load * 100);
    std::printf("%-52s %8.1f ms\n", "core linkLoads (best of 5)", coreMs);
    std::printf("%-52s %8.1f ms\n", "scene recolour from loads in hand (best of 5)", recolourMs);
    std::printf("%-52s %8.1f ms  (best %.1f ms)\n", "overlay on: loads + recolour (worst of 5)",
                worstOverlayMs, overlayMs);
    bool met =
        report("overlay after a plan change: loads + recolour, worst", worstOverlayMs, kRecolourTargetMs);

    std::printf("%-52s %8.1f ms\n", "whole-view repaint, fit, heat off (worst of 5)", plainRepaint);
    met &= report("whole-view repaint, fit, heat on (worst of 5)", worstRepaintMs(view), kRepaintTargetMs);
    if (const QString png = qEnvironmentVariable("CS_OVERLAY_PNG"); !png.isEmpty())
        window.grab().save(png); // to look at
    view->zoomToActualSize();
    QApplication::processEvents();
    met &= report("repaint at 100 %, heat on (worst of 5)", worstRepaintMs(view), kRepaintTargetMs);
    overlay->setOn(false);
    std::printf("%-52s %8.1f ms\n", "repaint at 100 %, heat off (worst of 5)", worstRepaintMs(view));
    return met ? 0 : 1;
}
