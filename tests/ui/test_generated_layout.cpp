// A generated cluster as it first opens in the studio: rows of racks shaped like the window, switch cards
// that show their number, rack names that do not read as server names, and a large compute fabric dimmed (the
// legend says so and brings it back); a large cluster seen from afar, its blocks expanding as the view zooms
// in or by hand.
#include "blocklayeritem.h"
#include "bundlelabelsitem.h"
#include "commands/movedevices.h"
#include "designscene.h"
#include "designview.h"
#include "deviceitem.h"
#include "legendwidget.h"
#include "linklayeritem.h"
#include "mainwindow.h"
#include "model/cable_routes.h"
#include "model/canvas_geometry.h"
#include "model/catalog.h"
#include "rackitem.h"
#include "studio_test_support.h"
#include "topology/cluster_generator.h"

#include <QCheckBox>
#include <QGraphicsPathItem>
#include <QImage>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>
#include <set>

namespace cs {
namespace {

class GeneratedLayoutTest : public ::testing::Test {
protected:
    void SetUp() override {
        window_ = std::make_unique<MainWindow>(library());
        window_->resize(1600, 1000);
        window_->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window_.get()));
    }
    void TearDown() override {
        window_->autosave()->discard();
        window_->document()->undoStack()->setClean();
    }

    static const Catalog& library() {
        static const Catalog catalog = Catalog::loadDirectory(Catalog::defaultDirectory());
        return catalog;
    }

    // Generates `gpus` GPUs of DGX H100, saves them and opens the file, as `generate` then the studio would.
    void openGenerated(int gpus) {
        GeneratorOptions options;
        options.gpus = gpus;
        options.server = "dgx-h100";
        const QString path = folder_.filePath(QStringLiteral("generated-%1.csd").arg(gpus));
        writeDesign(generateCluster(options, library()), path.toStdString());
        QString error;
        ASSERT_TRUE(window_->openDesign(path, &error)) << error.toStdString();
        window_->scene()->flushPendingGeometry();
    }

    QRectF devicesBounds() const {
        QRectF bounds;
        for (const auto& [id, item] : window_->scene()->deviceItems())
            bounds |= item->sceneBoundingRect();
        return bounds;
    }

    std::vector<RackItem*> rackItems() const {
        std::vector<RackItem*> racks;
        for (QGraphicsItem* item : window_->scene()->items()) {
            if (auto* rack = qgraphicsitem_cast<RackItem*>(item))
                racks.push_back(rack);
        }
        return racks;
    }

    QTemporaryDir folder_;
    std::unique_ptr<MainWindow> window_;
};

// Fitted into the view, the layout fills at least 60 % of it (its aspect within a factor 1.67 of the view's;
// a strip of racks five times wider than tall would fill a third), and the racks stand in more than one row.
TEST_F(GeneratedLayoutTest, RacksStandInRowsShapedLikeTheView) {
    for (int gpus : {128, 2048}) {
        ASSERT_NO_FATAL_FAILURE(openGenerated(gpus));
        const QRectF bounds = devicesBounds();
        const QSize viewport = window_->view()->viewport()->size();
        const double layoutAspect = bounds.width() / bounds.height();
        const double viewAspect = double(viewport.width()) / viewport.height();
        EXPECT_GE(std::min(layoutAspect, viewAspect) / std::max(layoutAspect, viewAspect), 0.6)
            << gpus << " GPUs: layout " << layoutAspect << ", view " << viewAspect;
        std::set<qreal> rowTops;
        for (const RackItem* rack : rackItems()) {
            if (rack->name().startsWith(u'R'))
                rowTops.insert(rack->frame().top());
        }
        EXPECT_GE(rowTops.size(), 2u) << gpus << " GPUs: the server racks stand in one strip";
    }
}

// Every server's rack is named "Rrr-pp" (row, place) on its tab; servers keep "gpu-nn": no rack name is a
// server's pattern.
TEST_F(GeneratedLayoutTest, RackTabsAndServerCardsHaveDistinctNamePatterns) {
    ASSERT_NO_FATAL_FAILURE(openGenerated(2048));
    const QRegularExpression rackPattern(QStringLiteral("^R\\d{2}-\\d{2}$"));
    const QRegularExpression serverPattern(QStringLiteral("^gpu-\\d+$"));
    std::set<RackId> serverRacks;
    for (const auto& [id, item] : window_->scene()->deviceItems()) {
        const Device& device = *window_->design().devices().find(id);
        if (device.role != "training")
            continue;
        EXPECT_TRUE(serverPattern.match(item->shownName()).hasMatch()) << device.name;
        serverRacks.insert(device.rack);
    }
    // 256 DGX H100 (10.2 kW), three to a 40 kW rack, a rack never shared by two 32-server units: 11 per unit.
    ASSERT_EQ(serverRacks.size(), 88u);
    for (RackId id : serverRacks) {
        const RackItem* rack = window_->scene()->rackItem(id);
        ASSERT_NE(rack, nullptr) << id;
        EXPECT_TRUE(rackPattern.match(rack->name()).hasMatch()) << rack->name().toStdString();
        EXPECT_FALSE(serverPattern.match(rack->name()).hasMatch()) << rack->name().toStdString();
    }
}

// Names longer than their card ("storage-spine-01" on a switch) keep their number whole on the card; the
// tooltip has the full name.
TEST_F(GeneratedLayoutTest, SwitchCardsKeepTheirNumberVisible) {
    ASSERT_NO_FATAL_FAILURE(openGenerated(2048));
    const QRegularExpression trailingNumber(QStringLiteral("\\d+$"));
    int shortened = 0;
    for (const auto& [id, item] : window_->scene()->deviceItems()) {
        const QString name = QString::fromStdString(window_->design().devices().find(id)->name);
        const QString number = trailingNumber.match(name).captured();
        ASSERT_FALSE(number.isEmpty()) << name.toStdString();
        EXPECT_TRUE(item->shownName().endsWith(number))
            << name.toStdString() << " shown as " << item->shownName().toStdString();
        EXPECT_TRUE(item->toolTip().startsWith(name + u'\n')) << name.toStdString();
        if (item->shownName() != name) {
            ++shortened;
            EXPECT_TRUE(item->shownName().contains(QChar(0x2026))) << item->shownName().toStdString();
        }
    }
    EXPECT_GT(shortened, 0) << "no name was too long for its card";
}

// 2,048 GPUs have 4,096 compute cables: the design opens with them (and the other large networks) dimmed, the
// legend's box partly checked and a note saying so; a click shows them; a small design opens with them shown.
TEST_F(GeneratedLayoutTest, ALargeComputeFabricOpensDimmedAndTheLegendBringsItBack) {
    ASSERT_NO_FATAL_FAILURE(openGenerated(2048));
    LegendWidget* legend = window_->legend();
    QCheckBox* compute = legend->networkToggle(Network::Compute);
    DesignScene* scene = window_->scene();
    const LinkLayerItem* layer = scene->linkLayer(Network::Compute);
    EXPECT_GT(scene->cableCount(Network::Compute), kDimmedCables);
    // From afar the cables are bundled between blocks; near, the network's layer shows them, dimmed.
    EXPECT_TRUE(scene->isFar());
    EXPECT_FALSE(layer->isVisible());
    window_->view()->zoomToActualSize();
    EXPECT_FALSE(scene->isFar());
    EXPECT_EQ(layer->cableCount(), scene->cableCount(Network::Compute));
    EXPECT_TRUE(layer->isVisible());
    EXPECT_TRUE(layer->isDimmed());
    EXPECT_EQ(compute->checkState(), Qt::PartiallyChecked);
    EXPECT_TRUE(legend->dimmedNote()->isVisible());
    EXPECT_TRUE(legend->dimmedNote()->text().contains(networkStyle(Network::Compute).label))
        << legend->dimmedNote()->text().toStdString();
    for (Network network : kNetworks) { // storage and in-band (over 900 each) too; out-of-band (477) shown
        const bool large = scene->cableCount(network) > kDimmedCables;
        EXPECT_EQ(window_->scene()->linkLayer(network)->isDimmed(), large) << networkId(network);
        EXPECT_EQ(legend->networkDisplay(network), large ? CableDisplay::Dimmed : CableDisplay::Shown)
            << networkId(network);
    }
    EXPECT_EQ(legend->networkDisplay(Network::Oob), CableDisplay::Shown);
    EXPECT_EQ(legend->networkDisplay(Network::Storage), CableDisplay::Dimmed);

    QTest::mouseClick(compute, Qt::LeftButton, {}, QPoint(4, compute->height() / 2));
    EXPECT_EQ(compute->checkState(), Qt::Checked);
    EXPECT_FALSE(layer->isDimmed());
    EXPECT_TRUE(layer->isVisible());
    EXPECT_FALSE(legend->dimmedNote()->text().contains(networkStyle(Network::Compute).label))
        << legend->dimmedNote()->text().toStdString();
    QTest::mouseClick(compute, Qt::LeftButton, {}, QPoint(4, compute->height() / 2));
    EXPECT_EQ(compute->checkState(), Qt::Unchecked); // then shown and hidden in turn, as before
    EXPECT_FALSE(layer->isVisible());

    ASSERT_NO_FATAL_FAILURE(openGenerated(128));                               // 256 compute cables
    EXPECT_EQ(legend->networkDisplay(Network::Compute), CableDisplay::Hidden); // the user's choice stays
    QTest::mouseClick(compute, Qt::LeftButton, {}, QPoint(4, compute->height() / 2));
    ASSERT_NO_FATAL_FAILURE(openGenerated(2048));
    EXPECT_TRUE(window_->scene()->linkLayer(Network::Compute)->isDimmed());
    ASSERT_NO_FATAL_FAILURE(openGenerated(128));
    EXPECT_EQ(legend->networkDisplay(Network::Compute), CableDisplay::Shown); // dimmed only for its size
    EXPECT_FALSE(window_->scene()->linkLayer(Network::Compute)->isDimmed());
    EXPECT_EQ(legend->networkDisplay(Network::Storage), CableDisplay::Shown); // 71 cables
    EXPECT_FALSE(legend->dimmedNote()->isVisible());
}

// The pointer over a cable, not over a card, highlights its whole route; off it, the highlight goes.
TEST_F(GeneratedLayoutTest, TheCableUnderThePointerLightsUpAlongItsRoute) {
    ASSERT_NO_FATAL_FAILURE(openGenerated(256));
    DesignView* view = window_->view();
    view->zoomToActualSize();
    const LinkLayerItem* layer = window_->scene()->linkLayer(Network::Compute);
    const QPointF on = test::middleOfLongestStretch(layer->route(0));
    view->centerOn(on);
    QApplication::processEvents();
    const auto hover = [&](QPointF scenePoint) {
        const QPoint at = view->mapFromScene(scenePoint);
        QMouseEvent move(QEvent::MouseMove, at, view->viewport()->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
    };
    hover(on);
    const auto hovered = window_->scene()->hoveredCable();
    ASSERT_TRUE(hovered.has_value());
    std::size_t slot = 0;
    for (const Link& link : window_->design().links().items()) {
        if (link.id == *hovered)
            break;
        slot += link.network == Network::Compute;
    }
    const QPolygonF route = layer->route(slot);
    const QPainterPath& path = window_->scene()->hoveredCableItem()->path();
    ASSERT_EQ(path.elementCount(), route.size());
    EXPECT_GT(route.size(), 2); // a route of several stretches, all of it lit
    for (qsizetype i = 0; i < route.size(); ++i)
        EXPECT_EQ(QPointF(path.elementAt(static_cast<int>(i))), route[i]);
    const Link& link = *window_->design().links().find(*hovered);
    const QPointF card = window_->scene()->deviceItem(link.a.device)->sceneBoundingRect().center();
    view->centerOn(card);
    QApplication::processEvents();
    hover(card);
    EXPECT_FALSE(window_->scene()->hoveredCable().has_value());
    EXPECT_TRUE(window_->scene()->hoveredCableItem()->path().isEmpty());
}

// The canvas draws core's routes: each layer holds its network's cables along their routes and one stroke per
// bundle, with the bundle's count and speed, the widest of the compute fabric labelled "N × 400G".
// The labels of every network keep clear of each other, as those of one network do: rendered at 100 %, no two
// overlap (the generated design's compute, storage and management bundles share channels).
TEST_F(GeneratedLayoutTest, BundleLabelsOfDifferentNetworksDoNotOverlap) {
    ASSERT_NO_FATAL_FAILURE(openGenerated(256));
    DesignScene* scene = window_->scene();
    const QRectF area = scene->itemsBoundingRect();
    QImage image(area.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene->render(&painter, QRectF(QPointF(0, 0), area.size()), area);
    painter.end();
    const std::vector<QRectF>& labels = scene->bundleLabels()->drawn();
    ASSERT_GT(labels.size(), 10u);
    for (std::size_t i = 0; i < labels.size(); ++i)
        for (std::size_t j = i + 1; j < labels.size(); ++j)
            EXPECT_FALSE(labels[i].intersects(labels[j])) << i << " and " << j;
}

TEST_F(GeneratedLayoutTest, TheLayersDrawTheRoutedBundles) {
    ASSERT_NO_FATAL_FAILURE(openGenerated(256));
    const Design& design = window_->design();
    const CableRoutes routes = routeCables(design, rackFrames(design));
    EXPECT_EQ(routes.unrouted, 0u);
    for (Network network : kNetworks) {
        const NetworkRoutes& expected = routes.networks[networkIndex(network)];
        const LinkLayerItem* layer = window_->scene()->linkLayer(network);
        ASSERT_EQ(static_cast<std::size_t>(layer->cableCount()), expected.size()) << networkId(network);
        for (std::size_t r = 0; r < expected.size(); ++r) {
            const QPolygonF drawn = layer->route(r);
            const std::span<const RoutePoint> route = expected.route(r);
            ASSERT_EQ(static_cast<std::size_t>(drawn.size()), route.size());
            EXPECT_EQ(drawn.front(), QPointF(route.front().x, route.front().y));
            EXPECT_EQ(drawn.back(), QPointF(route.back().x, route.back().y));
        }
        ASSERT_EQ(layer->strokes().size(), expected.bundles.size()) << networkId(network);
        for (std::size_t b = 0; b < expected.bundles.size(); ++b) {
            EXPECT_EQ(layer->strokes()[b].cables, expected.bundles[b].cables);
            EXPECT_EQ(layer->strokes()[b].line.p1(),
                      QPointF(expected.bundles[b].from.x, expected.bundles[b].from.y));
        }
    }
    const auto& strokes = window_->scene()->linkLayer(Network::Compute)->strokes();
    ASSERT_FALSE(strokes.empty());
    const auto widest = std::max_element(strokes.begin(), strokes.end(),
                                         [](const auto& a, const auto& b) { return a.cables < b.cables; });
    EXPECT_GT(widest->cables, 8u); // more than one server's cables run together
    EXPECT_EQ(LinkLayerItem::strokeLabel(*widest), QStringLiteral("%1 × 400G").arg(widest->cables));
}

// A selected cable is highlighted along its whole route, corner by corner.
TEST_F(GeneratedLayoutTest, ASelectedCableIsHighlightedAlongItsRoute) {
    ASSERT_NO_FATAL_FAILURE(openGenerated(256));
    const Link& link = window_->design().links().items().front();
    window_->document()->setSelection({{}, {link.id}});
    const QPolygonF route = window_->scene()->linkLayer(link.network)->route(0);
    ASSERT_GT(route.size(), 2);
    const QGraphicsPathItem* highlight = nullptr; // the topmost path: the selection's
    for (QGraphicsItem* item : window_->scene()->items()) {
        if (auto* path = qgraphicsitem_cast<QGraphicsPathItem*>(item);
            path && (!highlight || path->zValue() > highlight->zValue()))
            highlight = path;
    }
    ASSERT_NE(highlight, nullptr);
    EXPECT_EQ(highlight->path().elementCount(), route.size());
    for (qsizetype i = 0; i < route.size(); ++i)
        EXPECT_EQ(QPointF(highlight->path().elementAt(static_cast<int>(i))), route[i]);
}

// The blocks of a scene, by kind.
std::size_t countUnits(const AggregateView& view) {
    return static_cast<std::size_t>(std::ranges::count_if(
        view.blocks, [](const AggregateBlock& block) { return block.kind == BlockKind::ScalableUnit; }));
}

QPoint viewPoint(DesignView* view, const Box& box) {
    return view->mapFromScene(QPointF(box.x + box.width / 2, box.y + box.height / 2));
}

// 2,048 GPUs fitted in the window: every block collapsed, with the model's counts, the cables between blocks
// bundled, the devices and cable layers hidden, and a note saying so; zooming in shows every device again.
TEST_F(GeneratedLayoutTest, ALargeClusterSeenFromAfarShowsItsBlocksWithTheModelsCounts) {
    ASSERT_NO_FATAL_FAILURE(openGenerated(2048));
    DesignScene* scene = window_->scene();
    ASSERT_TRUE(scene->isFar());
    const AggregateView& blocks = scene->aggregateView();
    EXPECT_EQ(countUnits(blocks), 8u); // 256 DGX H100 in scalable units of 32
    std::int64_t gpus = 0;
    std::size_t devices = 0;
    for (std::size_t b = 0; b < blocks.blocks.size(); ++b) {
        EXPECT_TRUE(scene->blockLayer()->isCollapsed(b));
        gpus += blocks.blocks[b].gpus;
        devices += scene->blockDevices(b).size();
    }
    EXPECT_EQ(gpus, 2048);
    EXPECT_EQ(devices, window_->design().devices().size());
    EXPECT_TRUE(scene->blockLayer()->bundlesShown());
    EXPECT_TRUE(
        BlockLayerItem::figures(blocks.blocks.front()).contains(QStringLiteral("256 GPUs · 32 servers")));
    for (const auto& [id, item] : scene->deviceItems())
        ASSERT_FALSE(item->isVisible());
    for (Network network : kNetworks)
        EXPECT_FALSE(scene->linkLayer(network)->isVisible());
    EXPECT_TRUE(window_->view()->note().contains(QStringLiteral("8 of them scalable units")))
        << window_->view()->note().toStdString();

    window_->view()->zoomToActualSize();
    EXPECT_FALSE(scene->isFar());
    EXPECT_TRUE(window_->view()->note().isEmpty());
    for (std::size_t b = 0; b < blocks.blocks.size(); ++b)
        EXPECT_FALSE(scene->blockLayer()->isCollapsed(b));
    for (const auto& [id, item] : scene->deviceItems())
        ASSERT_TRUE(item->isVisible());
    EXPECT_TRUE(scene->linkLayer(Network::Compute)->isVisible());
    EXPECT_EQ(scene->linkLayer(Network::Compute)->cableCount(), scene->cableCount(Network::Compute));
}

// A click on a collapsed block selects its devices; a double-click expands it alone; near, a block collapsed
// by hand hides its devices until the blocks follow the zoom again.
TEST_F(GeneratedLayoutTest, ABlockIsSelectedExpandedAndCollapsedByHand) {
    ASSERT_NO_FATAL_FAILURE(openGenerated(2048));
    DesignScene* scene = window_->scene();
    DesignView* view = window_->view();
    ASSERT_TRUE(scene->isFar());
    const std::size_t unit = 0;
    const Box box = scene->aggregateView().blocks[unit].box;
    view->centerOn(QPointF(box.x + box.width / 2, box.y + box.height / 2));
    QApplication::processEvents();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, viewPoint(view, box));
    const std::vector<DeviceId> members = scene->blockDevices(unit);
    EXPECT_EQ(window_->document()->selection().devices.size(), members.size());
    EXPECT_GT(members.size(), 32u); // its servers, leaves and racks' devices

    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, viewPoint(view, box));
    EXPECT_FALSE(scene->blockLayer()->isCollapsed(unit));
    EXPECT_TRUE(scene->blockLayer()->isCollapsed(unit + 1));
    EXPECT_TRUE(scene->deviceItem(members.front())->isVisible());
    EXPECT_FALSE(scene->collapsedBlockAt(QPointF(box.x + box.width / 2, box.y + box.height / 2)).has_value());

    view->zoomToActualSize();
    ASSERT_FALSE(scene->isFar());
    scene->setBlockCollapsed(unit, true);
    EXPECT_TRUE(scene->blockLayer()->isCollapsed(unit));
    EXPECT_FALSE(scene->deviceItem(members.front())->isVisible());
    const QRectF card = scene->deviceItem(members.front())->sceneBoundingRect();
    EXPECT_EQ(scene->deviceAt(card.center()), nullptr);
    EXPECT_EQ(scene->collapsedBlockAt(card.center()), unit);
    scene->resetBlocks();
    EXPECT_FALSE(scene->blockLayer()->isCollapsed(unit));
    EXPECT_TRUE(scene->deviceItem(members.front())->isVisible());
}

// The blocks follow edits: deleting a block's devices leaves the counts equal to the design's.
TEST_F(GeneratedLayoutTest, TheBlocksFollowEdits) {
    ASSERT_NO_FATAL_FAILURE(openGenerated(2048));
    DesignScene* scene = window_->scene();
    ASSERT_TRUE(scene->isFar());
    window_->document()->setSelection({scene->blockDevices(0), {}});
    window_->deleteSelection();
    scene->flushPendingGeometry();
    EXPECT_EQ(countUnits(scene->aggregateView()), 7u);
    std::size_t devices = 0;
    std::int64_t gpus = 0;
    for (std::size_t b = 0; b < scene->aggregateView().blocks.size(); ++b) {
        devices += scene->blockDevices(b).size();
        gpus += scene->aggregateView().blocks[b].gpus;
    }
    EXPECT_EQ(devices, window_->design().devices().size());
    EXPECT_EQ(gpus, 2048 - 256);
    window_->document()->undoStack()->undo();
    scene->flushPendingGeometry();
    EXPECT_EQ(countUnits(scene->aggregateView()), 8u);
}

// A large design's cables are routed on a worker thread: the devices show at once, an edit meanwhile is
// taken, the note says so, and the routes that come are those of the design as it is then.
TEST_F(GeneratedLayoutTest, TheCablesOfALargeDesignAreRoutedInTheBackground) {
    ASSERT_NO_FATAL_FAILURE(openGenerated(2048));
    DesignScene* scene = window_->scene();
    ASSERT_TRUE(scene->isFar());
    scene->setBackgroundRoutingFrom(0);
    window_->view()->zoomToActualSize();
    ASSERT_FALSE(scene->isFar());
    EXPECT_TRUE(scene->isRouting());
    EXPECT_TRUE(window_->view()->note().startsWith(QStringLiteral("Routing")))
        << window_->view()->note().toStdString();
    // An edit while the worker routes: a server moves one grid step and takes its cables along.
    const Device& server =
        *std::ranges::find_if(window_->design().devices().items(),
                              [&](const Device& device) { return window_->design().gpuCount(device) > 0; });
    const DeviceId moved = server.id;
    const QPointF from(server.x, server.y);
    ASSERT_TRUE(OperationCommand::execute(
        window_->document(), moveDevices(window_->document(), {{moved, from}}, QPointF(kGridStep, 0), 1),
        nullptr));
    QTRY_VERIFY_WITH_TIMEOUT(!scene->isRouting(), 20'000);
    EXPECT_TRUE(window_->view()->note().isEmpty());
    for (Network network : kNetworks)
        EXPECT_EQ(scene->linkLayer(network)->cableCount(), scene->cableCount(network)) << networkId(network);
    // The routes are the moved design's: the same as routing it now.
    const CableRoutes now = routeCables(window_->design(), rackFrames(window_->design()));
    const LinkLayerItem* compute = scene->linkLayer(Network::Compute);
    const NetworkRoutes& expected = now.networks[networkIndex(Network::Compute)];
    ASSERT_EQ(static_cast<std::size_t>(compute->cableCount()), expected.size());
    for (std::size_t r = 0; r < expected.size(); ++r) {
        const QPolygonF drawn = compute->route(r);
        const auto points = expected.route(r);
        ASSERT_EQ(static_cast<std::size_t>(drawn.size()), points.size()) << r;
        EXPECT_EQ(drawn.front(), QPointF(points.front().x, points.front().y)) << r;
    }
}

} // namespace
} // namespace cs
