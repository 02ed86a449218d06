// The canvas heat overlay and the racks' power bars on the 128-GPU example: cables and switches take the
// colour of core's loads (linkLoads), the overlay greys out without a valid plan, and every rack's bar shows
// core's rack usage graded like the budgets.
#include "analysis/budget_status.h"
#include "analysis/link_heat.h"
#include "autosave.h"
#include "commands/commands.h"
#include "commands/operationcommand.h"
#include "designscene.h"
#include "designview.h"
#include "deviceitem.h"
#include "document.h"
#include "heatlegend.h"
#include "heatoverlay.h"
#include "heatstyle.h"
#include "legendwidget.h"
#include "linklayeritem.h"
#include "model/rack_usage.h"
#include "networkstyle.h"
#include "plandock.h"
#include "rackitem.h"
#include "scenario/scenario_variant.h"
#include "studio_test_support.h"

#include <QSpinBox>
#include <QTest>
#include <QToolTip>
#include <gtest/gtest.h>
#include <set>

namespace cs {
namespace {

class CanvasOverlayTest : public test::ExampleWindowTest {
protected:
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(ExampleWindowTest::SetUp());
        plan_ = window_->findChild<PlanDock*>();
        ASSERT_NE(plan_, nullptr);
        window_->analysis()->analyzeNow();
        overlay_ = window_->heatOverlay();
        ASSERT_NE(overlay_, nullptr);
        overlay_->setOn(true);
    }
    void TearDown() override {
        overlay_->setOn(false); // the choice is saved: later tests start without it
        ExampleWindowTest::TearDown();
    }

    const Design& design() const { return window_->design(); }
    DesignScene* scene() const { return window_->scene(); }

    // Core's loads for the example's plan, as `estimate --design` computes the plan.
    LinkLoads coreLoads() const {
        const Plan plan =
            scenarioPlan(design(), design().scenarios().items().front(), window_->document()->library());
        return linkLoads(design(), plan, estimateTraining(plan));
    }
    // Core's heat band of a load on `network`, with the network's budget status for that plan.
    int coreBand(double load, Network network) const {
        const Plan plan =
            scenarioPlan(design(), design().scenarios().items().front(), window_->document()->library());
        return heatBand(load, networkBudgetStatus(budgetLines(plan, estimateTraining(plan)), network));
    }

    // The bucket the scene draws each link in, by the link's place in design().links().items().
    std::vector<std::uint8_t> drawnBuckets() const {
        std::vector<std::uint8_t> buckets;
        std::array<std::size_t, kNetworkCount> slot{};
        for (const Link& link : design().links().items()) {
            const LinkLayerItem* layer = scene()->linkLayer(link.network);
            EXPECT_TRUE(layer->heatShown());
            const std::size_t index = slot[networkIndex(link.network)]++;
            buckets.push_back(layer->heatShown() ? layer->heatBuckets().at(index) : kNoHeatBucket);
        }
        return buckets;
    }

    PlanDock* plan_ = nullptr;
    HeatOverlay* overlay_ = nullptr;
};

TEST_F(CanvasOverlayTest, CablesAndSwitchesTakeTheColourOfCoresLoads) {
    ASSERT_TRUE(overlay_->toggleAction()->isCheckable());
    ASSERT_NE(overlay_->loads(), nullptr);
    ASSERT_TRUE(overlay_->loads()->valid) << overlay_->loads()->reason.toStdString();
    const LinkLoads loads = coreLoads();
    const std::vector<std::uint8_t> buckets = drawnBuckets();
    ASSERT_EQ(buckets.size(), loads.links.size());
    std::size_t busiest = 0;
    for (std::size_t i = 0; i < loads.links.size(); ++i) {
        const Network network = design().links().items()[i].network;
        EXPECT_EQ(buckets[i], heatBucket(coreBand(loads.links[i].load, network)))
            << "link " << loads.links[i].link;
        if (loads.links[i].load > loads.links[busiest].load)
            busiest = i;
    }
    // The most loaded link is in the hottest colour drawn, and it is not the coldest.
    EXPECT_EQ(buckets[busiest], *std::max_element(buckets.begin(), buckets.end()));
    EXPECT_GT(buckets[busiest], heatBucket(0));
    const Link& hot = design().links().items()[busiest];
    const auto& layerLinks = scene()->linkLayer(hot.network)->heatBuckets();
    std::size_t slot = 0;
    for (std::size_t i = 0; i < busiest; ++i)
        slot += design().links().items()[i].network == hot.network;
    EXPECT_EQ(scene()->linkLayer(hot.network)->cableColor(slot), heatBucketColor(buckets[busiest]));
    EXPECT_EQ(layerLinks.size(), static_cast<std::size_t>(scene()->linkLayer(hot.network)->cableCount()));
    EXPECT_EQ(overlay_->loads()->busiest_load, loads.links[busiest].load);

    ASSERT_FALSE(loads.switches.empty());
    for (const SwitchLoad& load : loads.switches) {
        const DeviceItem* item = scene()->deviceItem(load.device);
        ASSERT_NE(item, nullptr);
        EXPECT_EQ(item->heatBucket(),
                  heatBucket(coreBand(load.load, *design().devices().find(load.device)->network)));
    }
    // A GPU server keeps its own look.
    for (const Device& device : design().devices().items()) {
        if (design().gpuCount(device) > 0) {
            EXPECT_FALSE(scene()->deviceItem(device.id)->heatBucket().has_value());
        }
    }

    HeatLegend* legend = window_->legend()->heatLegend();
    EXPECT_TRUE(legend->isVisibleTo(window_->legend()));
    EXPECT_FALSE(legend->isGreyed());
    EXPECT_TRUE(legend->statusText().contains(QStringLiteral("Busiest")))
        << legend->statusText().toStdString();
    EXPECT_EQ(overlay_->loads()->busiest_average_load, loads.links[busiest].average_load);

    // The tooltips give the load in Gbit/s, the capacity and core's formula.
    const LinkLoad& load = loads.links[busiest];
    const QString tip = linkHeatToolTip(design(), *overlay_->loads(), hot);
    EXPECT_TRUE(tip.contains(QStringLiteral("Gbit/s")));
    EXPECT_TRUE(tip.contains(
        QString::fromStdString(explainLinkLoad(design(), overlay_->loads()->estimate, hot, load).formula)
            .toHtmlEscaped()))
        << tip.toStdString();
    const Device& sw = *design().devices().find(loads.switches.front().device);
    EXPECT_TRUE(switchHeatToolTip(design(), *overlay_->loads(), sw).contains(QStringLiteral("capacity")));
}

// The example's server links peak at 180 % of their line rate while the DP reduction runs, but the overlap
// hides all but 0.3 % of the step: the compute budget passes, so they are violet (busy, harmless), not red.
TEST_F(CanvasOverlayTest, ASaturatedLinkIsRedOnlyWhenItsBudgetFails) {
    const LinkLoads loads = coreLoads();
    const std::vector<std::uint8_t> buckets = drawnBuckets();
    const int pass = static_cast<int>(kHeatBandEdges.size()) + static_cast<int>(BudgetStatus::Pass);
    std::size_t saturated = 0;
    for (std::size_t i = 0; i < loads.links.size(); ++i) {
        if (loads.links[i].load < kBudgetFailUtilisation)
            continue;
        ++saturated;
        EXPECT_EQ(buckets[i], heatBucket(pass)) << "link " << loads.links[i].link;
    }
    EXPECT_GT(saturated, 0u) << "the example's server links peak above their line rate";
    EXPECT_EQ(std::count(buckets.begin(), buckets.end(), heatBucket(kHeatBands - 1)), 0) << "no red cable";
    const QString legend = window_->findChild<HeatLegend*>()->statusText();
    EXPECT_TRUE(legend.contains(QLatin1String("the budget passes"))) << legend.toStdString();
}

// A bundle is drawn in the colour of its hottest cable: the bucket of each stroke is the highest bucket of
// the cables whose routes run along all of it.
TEST_F(CanvasOverlayTest, ABundleTakesItsHottestCablesColour) {
    bool mixed = false;
    for (Network network : kNetworks) {
        const LinkLayerItem* layer = scene()->linkLayer(network);
        if (layer->cableCount() == 0)
            continue; // the example has no scale-up cables
        ASSERT_TRUE(layer->heatShown());
        const auto& strokes = layer->strokes();
        ASSERT_EQ(layer->strokeBuckets().size(), strokes.size());
        for (std::size_t s = 0; s < strokes.size(); ++s) {
            const QLineF& stretch = strokes[s].line;
            std::set<std::uint8_t> along;
            for (int cable = 0; cable < layer->cableCount(); ++cable) {
                const QPolygonF route = layer->route(static_cast<std::size_t>(cable));
                for (qsizetype i = 0; i + 1 < route.size(); ++i) {
                    const QRectF piece = QRectF(route[i], route[i + 1]).normalized();
                    const QRectF part = QRectF(stretch.p1(), stretch.p2()).normalized();
                    const bool sameLine =
                        (piece.width() == 0 && part.width() == 0 && piece.left() == part.left()) ||
                        (piece.height() == 0 && part.height() == 0 && piece.top() == part.top());
                    if (sameLine && piece.left() <= part.left() && part.right() <= piece.right() &&
                        piece.top() <= part.top() && part.bottom() <= piece.bottom())
                        along.insert(layer->heatBuckets()[static_cast<std::size_t>(cable)]);
                }
            }
            ASSERT_FALSE(along.empty()) << networkId(network) << " stroke " << s;
            EXPECT_EQ(layer->strokeBuckets()[s], *along.rbegin()) << networkId(network) << " stroke " << s;
            mixed |= along.size() > 1;
        }
    }
    EXPECT_TRUE(mixed) << "some bundle carries cables of different heat";
}

TEST_F(CanvasOverlayTest, TheBusiestCableExplainsItselfUnderThePointer) {
    const LinkId busiest = overlay_->loads()->busiest_link;
    const Link& link = *design().links().find(busiest);
    std::size_t slot = 0;
    for (const Link& other : design().links().items()) {
        if (other.id == busiest)
            break;
        slot += other.network == link.network;
    }
    // Other networks' cables may cross it: the tooltip names a cable under the pointer, with its load.
    const QPointF on = test::middleOfLongestStretch(scene()->linkLayer(link.network)->route(slot));
    DesignView* view = window_->view();
    view->zoomToActualSize();
    view->centerOn(on);
    QApplication::processEvents();
    const QPoint at = view->mapFromScene(on);
    QHelpEvent event(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("Gbit/s"))) << QToolTip::text().toStdString();
    QToolTip::hideText();
}

TEST_F(CanvasOverlayTest, TurningItOffBringsBackTheNetworkColours) {
    overlay_->setOn(false);
    EXPECT_EQ(overlay_->loads(), nullptr);
    for (Network network : kNetworks) {
        const LinkLayerItem* layer = scene()->linkLayer(network);
        EXPECT_FALSE(layer->heatShown());
        if (layer->cableCount() > 0) {
            EXPECT_EQ(layer->cableColor(0), networkStyle(network).color);
        }
    }
    for (const auto& [id, item] : scene()->deviceItems())
        EXPECT_FALSE(item->heatBucket().has_value()) << id;
    EXPECT_FALSE(window_->legend()->heatLegend()->isVisibleTo(window_->legend()));
    // And on again, from the estimate it kept.
    overlay_->toggleAction()->trigger();
    ASSERT_NE(overlay_->loads(), nullptr);
    EXPECT_TRUE(overlay_->loads()->valid);
    EXPECT_EQ(drawnBuckets().size(), design().links().size());
}

TEST_F(CanvasOverlayTest, AnInvalidPlanGreysTheOverlayOut) {
    plan_->findChild<QSpinBox*>(QStringLiteral("/parallelism/tp"))->setValue(3);
    window_->analysis()->analyzeNow();
    ASSERT_FALSE(plan_->errors().isEmpty());
    ASSERT_NE(overlay_->loads(), nullptr);
    EXPECT_FALSE(overlay_->loads()->valid);
    for (std::uint8_t bucket : drawnBuckets())
        ASSERT_EQ(bucket, kNoHeatBucket);
    for (const auto& [id, item] : scene()->deviceItems()) {
        if (item->heatBucket()) {
            EXPECT_EQ(*item->heatBucket(), kNoHeatBucket) << id;
        }
    }
    HeatLegend* legend = window_->legend()->heatLegend();
    EXPECT_TRUE(legend->isGreyed());
    EXPECT_TRUE(legend->statusText().contains(QStringLiteral("No valid plan")))
        << legend->statusText().toStdString();
    EXPECT_TRUE(legend->statusText().contains(QStringLiteral("parallelism.tp")));
    // Undoing the edit brings the colours back.
    window_->document()->undoStack()->undo();
    window_->analysis()->analyzeNow();
    EXPECT_TRUE(overlay_->loads()->valid);
    EXPECT_FALSE(legend->isGreyed());
}

TEST_F(CanvasOverlayTest, RackPowerBarsShowCoresRackUsage) {
    ASSERT_GT(design().racks().size(), 0u);
    int framed = 0;
    for (const Rack& rack : design().racks().items()) {
        const RackItem* item = scene()->rackItem(rack.id);
        if (!item)
            continue; // a rack spread over the canvas has no frame
        ++framed;
        ASSERT_TRUE(item->powerBar().has_value()) << rack.name;
        const RackPowerBar& bar = *item->powerBar();
        const RackUsage usage = rackUsage(design(), rack.id);
        EXPECT_DOUBLE_EQ(bar.watts, usage.max_watts) << rack.name;
        EXPECT_DOUBLE_EQ(bar.limit_watts, rack.max_kw * 1000) << rack.name;
        EXPECT_DOUBLE_EQ(bar.utilisation, rackPowerUtilisation(usage, rack)) << rack.name;
        EXPECT_EQ(bar.status, budgetStatusOf(bar.utilisation)) << rack.name;
        const QLocale locale;
        EXPECT_EQ(bar.label, QStringLiteral("%1 / %2 kW")
                                 .arg(locale.toString(usage.max_watts / 1000, 'f', 1),
                                      locale.toString(rack.max_kw, 'g', 4)));
    }
    EXPECT_GT(framed, 0);
}

TEST_F(CanvasOverlayTest, ARackOverItsLimitShowsTheFailState) {
    const RackItem* framed = nullptr;
    for (const Rack& rack : design().racks().items())
        if ((framed = scene()->rackItem(rack.id)) && rackUsage(design(), rack.id).max_watts > 2000)
            break;
    ASSERT_NE(framed, nullptr);
    Rack rack = *design().racks().find(framed->rackId());
    rack.max_kw = 1; // far below what its devices draw
    QString error;
    ASSERT_TRUE(OperationCommand::execute(
        window_->document(), changeRack(window_->document(), rack, QStringLiteral("limit")), &error))
        << error.toStdString();
    scene()->flushPendingGeometry();
    const RackItem* item = scene()->rackItem(rack.id);
    ASSERT_NE(item, nullptr);
    ASSERT_TRUE(item->powerBar().has_value());
    EXPECT_GT(item->powerBar()->utilisation, kBudgetFailUtilisation);
    EXPECT_EQ(item->powerBar()->status, BudgetStatus::Fail);
    EXPECT_TRUE(item->powerBar()->label.endsWith(QStringLiteral(" / 1 kW")))
        << item->powerBar()->label.toStdString();
}

} // namespace
} // namespace cs
