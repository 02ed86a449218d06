// The studio window on the 128-GPU example, driven as a user would, headless.
#include "categorystyle.h"
#include "designscene.h"
#include "designview.h"
#include "deviceitem.h"
#include "document.h"
#include "legendwidget.h"
#include "linklayeritem.h"
#include "mainwindow.h"
#include "model/catalog.h"
#include "model/design_summary.h"
#include "networkstyle.h"
#include "studio_test_support.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>
#include <gtest/gtest.h>
#include <set>
#include <sqlite3.h>
#include <sys/stat.h>

namespace cs {
namespace {

class StudioTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_NO_FATAL_FAILURE(test::openExampleWindow(window_)); }

    template <typename Item> std::vector<Item*> itemsOfType() const {
        std::vector<Item*> found;
        for (QGraphicsItem* item : window_->scene()->items()) {
            if (auto* typed = qgraphicsitem_cast<Item*>(item))
                found.push_back(typed);
        }
        return found;
    }

    std::unique_ptr<MainWindow> window_;
};

TEST_F(StudioTest, ShowsTheDesignNameInTheTitleAndItsSummaryInTheStatusBar) {
    const DesignSummary summary = summarize(window_->design());
    EXPECT_EQ(summary.gpus, 128u);
    EXPECT_EQ(window_->windowTitle(),
              QString::fromStdString(window_->design().name) + QStringLiteral(" — ClusterStudio"));
    const auto* status = window_->findChild<QLabel*>(QStringLiteral("designSummary"));
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->text().contains(QStringLiteral("128 GPUs"))) << status->text().toStdString();
    EXPECT_TRUE(status->text().contains(QStringLiteral("%1 cables").arg(summary.links)));
}

TEST_F(StudioTest, HasOneDeviceItemPerDeviceAndOneLayerPerNetwork) {
    const Design& design = window_->design();
    std::set<DeviceId> shown;
    for (const DeviceItem* item : itemsOfType<DeviceItem>()) {
        EXPECT_TRUE(shown.insert(item->deviceId()).second) << "device " << item->deviceId() << " shown twice";
        const Device* device = design.devices().find(item->deviceId());
        ASSERT_NE(device, nullptr);
        EXPECT_EQ(item->pos(), QPointF(device->x, device->y));
    }
    EXPECT_EQ(shown.size(), design.devices().size());
    EXPECT_EQ(window_->scene()->deviceItems().size(), design.devices().size());

    const DesignSummary summary = summarize(design);
    const auto layers = itemsOfType<LinkLayerItem>();
    ASSERT_EQ(layers.size(), kNetworkCount);
    for (Network network : kNetworks) {
        const LinkLayerItem* layer = window_->scene()->linkLayer(network);
        ASSERT_NE(layer, nullptr);
        EXPECT_EQ(layer->network(), network);
        EXPECT_EQ(static_cast<std::size_t>(layer->cableCount()),
                  summary.links_by_network[networkIndex(network)])
            << networkId(network);
        if (network != Network::Scaleup) { // the example has no rack-scale system
            EXPECT_GT(layer->cableCount(), 0)
                << networkId(network) << ": the example cables all five networks";
            EXPECT_FALSE(layer->boundingRect().isEmpty());
        }
    }
}

// The example's five networks with their cable counts; not the scale-up network it has no cable on.
TEST_F(StudioTest, LegendListsTheNetworksTheDesignHasWithTheirCableCounts) {
    const DesignSummary summary = summarize(window_->design());
    LegendWidget* legend = window_->legend();
    for (Network network : kNetworks) {
        const QCheckBox* toggle = legend->networkToggle(network);
        const std::size_t cables = summary.links_by_network[networkIndex(network)];
        EXPECT_EQ(toggle->text(), QString::fromUtf8(networkLabel(network)));
        EXPECT_TRUE(toggle->isChecked());
        EXPECT_EQ(toggle->isVisibleTo(legend), network != Network::Scaleup) << networkId(network);
        EXPECT_EQ(legend->networkCount(network)->isVisibleTo(legend), cables > 0);
        EXPECT_EQ(legend->networkCount(network)->text(), QLocale().toString(static_cast<qulonglong>(cables)));
    }
}

TEST_F(StudioTest, UncheckingANetworkInTheLegendHidesOnlyItsLayer) {
    QCheckBox* storage = window_->legend()->networkToggle(Network::Storage);
    QTest::mouseClick(storage, Qt::LeftButton, {}, QPoint(4, storage->height() / 2));
    EXPECT_FALSE(storage->isChecked());
    for (Network network : kNetworks)
        EXPECT_EQ(window_->scene()->linkLayer(network)->isVisible(), network != Network::Storage)
            << networkId(network);

    // A design opened later keeps the choice.
    ASSERT_TRUE(window_->openDesign(test::examplePath(), nullptr));
    EXPECT_FALSE(window_->scene()->linkLayer(Network::Storage)->isVisible());
    QTest::mouseClick(storage, Qt::LeftButton, {}, QPoint(4, storage->height() / 2));
    EXPECT_TRUE(window_->scene()->linkLayer(Network::Storage)->isVisible());
}

TEST_F(StudioTest, WheelZoomsAroundTheCursor) {
    DesignView* view = window_->view();
    const qreal before = view->zoom();
    const QPoint cursor(view->viewport()->width() / 3, view->viewport()->height() / 3);
    const QPointF under = view->mapToScene(cursor);
    QWheelEvent wheel(cursor, view->viewport()->mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    EXPECT_GT(view->zoom(), before);
    const QPointF after = view->mapToScene(cursor);
    EXPECT_NEAR(after.x(), under.x(), 2 / view->zoom());
    EXPECT_NEAR(after.y(), under.y(), 2 / view->zoom());

    QWheelEvent back(cursor, view->viewport()->mapToGlobal(cursor), QPoint(), QPoint(0, -240), Qt::NoButton,
                     Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &back);
    EXPECT_LT(view->zoom(), before);
}

// Drags the canvas from `from` by `by` with `button` held, as mouse events on the viewport.
void drag(DesignView* view, Qt::MouseButton button, QPoint from, QPoint by) {
    QWidget* viewport = view->viewport();
    const auto send = [viewport, button](QEvent::Type type, QPoint at, Qt::MouseButtons held) {
        QMouseEvent event(type, at, viewport->mapToGlobal(at), button, held, Qt::NoModifier);
        QApplication::sendEvent(viewport, &event);
    };
    send(QEvent::MouseButtonPress, from, button);
    for (int step = 1; step <= 4; ++step)
        send(QEvent::MouseMove, from + by * step / 4, button);
    send(QEvent::MouseButtonRelease, from + by, Qt::NoButton);
}

// A left drag on the empty canvas selects with a rubber band (test_editing.cpp); Space held makes it pan.
TEST_F(StudioTest, PansWithTheMiddleButtonAndWithSpaceHeld) {
    DesignView* view = window_->view();
    view->zoomToActualSize();
    const QPoint centre = view->viewport()->rect().center();
    for (Qt::MouseButton button : {Qt::MiddleButton, Qt::LeftButton}) {
        if (button == Qt::LeftButton)
            QTest::keyPress(view, Qt::Key_Space);
        const QPointF before = view->mapToScene(centre);
        drag(view, button, centre, QPoint(120, 80));
        const QPointF after = view->mapToScene(centre);
        EXPECT_NEAR(after.x(), before.x() - 120, 2) << "button " << button;
        EXPECT_NEAR(after.y(), before.y() - 80, 2) << "button " << button;
    }
    QTest::keyRelease(view, Qt::Key_Space);
    EXPECT_TRUE(window_->document()->selection().empty()) << "panning selects nothing";
}

TEST_F(StudioTest, ZoomLimitsHold) {
    DesignView* view = window_->view();
    for (int i = 0; i < 40; ++i)
        view->zoomIn();
    const qreal most = view->zoom();
    view->zoomIn();
    EXPECT_EQ(view->zoom(), most);
    for (int i = 0; i < 80; ++i)
        view->zoomOut();
    const qreal least = view->zoom();
    EXPECT_GT(least, 0);
    view->zoomOut();
    EXPECT_EQ(view->zoom(), least);
    view->zoomToActualSize();
    EXPECT_DOUBLE_EQ(view->zoom(), 1.0);
}

TEST_F(StudioTest, ZoomToFitShowsEveryItem) {
    DesignView* view = window_->view();
    view->zoomIn();
    view->zoomIn();
    view->zoomToFit();
    const QRect viewport = view->viewport()->rect();
    for (QGraphicsItem* item : window_->scene()->items()) {
        if (item->type() == DeviceItem::Type || item->type() == LinkLayerItem::Type) {
            const QRect shown = view->mapFromScene(item->sceneBoundingRect()).boundingRect();
            EXPECT_TRUE(viewport.contains(shown)) << "item of type " << item->type() << " outside the view";
        }
    }
    // And it uses the room: the diagram fills the view in at least one direction.
    const QRect all = view->mapFromScene(window_->scene()->itemsBoundingRect()).boundingRect();
    EXPECT_GT(std::max(all.width() / double(viewport.width()), all.height() / double(viewport.height())),
              0.8);
}

TEST_F(StudioTest, FailedOpensNameTheFileAndKeepTheDesign) {
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString malformed = folder.filePath(QStringLiteral("malformed.json"));
    QFile file(malformed);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"cluster-studio-design\", \"devices\": [");
    file.close();
    const QString missing = folder.filePath(QStringLiteral("missing.json"));

    const std::string name = window_->design().name;
    const DesignScene* scene = window_->scene();
    const QString title = window_->windowTitle();
    for (const QString& path : {malformed, missing}) {
        QString error;
        EXPECT_FALSE(window_->openDesign(path, &error));
        EXPECT_TRUE(error.contains(path)) << error.toStdString();
        EXPECT_EQ(window_->design().name, name);
        EXPECT_EQ(window_->scene(), scene);
        EXPECT_EQ(window_->windowTitle(), title);
    }
}

// Files people e-mail each other: whatever is wrong with them is an error the open dialog shows, never the
// end of the studio.
TEST_F(StudioTest, HostileFilesAreOpenErrorsNeverAborts) {
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const auto write = [&](const char* name, const QByteArray& content) {
        const QString path = folder.filePath(QString::fromUtf8(name));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    };
    QByteArray deep = "{\"format\": \"cluster-studio-design\", \"scenarios\": [";
    deep += QByteArray("{\"a\":").repeated(70'000) + "1" + QByteArray("}").repeated(70'000) + "]}";
    const QString csd = folder.filePath(QStringLiteral("hostile.csd"));
    QString error;
    ASSERT_TRUE(window_->document()->writeCopy(csd, &error)) << error.toStdString();
    const auto tampered = [&](const char* name, const char* sql) {
        const QString path = folder.filePath(QString::fromUtf8(name));
        QFile::copy(csd, path);
        sqlite3* db = nullptr;
        EXPECT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        EXPECT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sql;
        sqlite3_close(db);
        return path;
    };
    const QString fifo = folder.filePath(QStringLiteral("fifo.json"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QDir(folder.path()).mkdir(QStringLiteral("folder.json"));

    const std::vector<std::pair<QString, QString>> cases = {
        {write("number.json", "{\"format\": \"cluster-studio-design\", \"format_version\": 1e400}"),
         QStringLiteral("format_version: number 1e400 is out of range")},
        {write("deep.json", deep), QStringLiteral("nested deeper than 64 levels")},
        {tampered("number.csd", "UPDATE scenarios SET plan = '{\"tp\": 1e400}'"),
         QStringLiteral("plan: tp: number 1e400 is out of range")},
        {tampered("utf8.csd", "UPDATE devices SET name = CAST(X'6770FF' AS TEXT) WHERE id = 1"),
         QStringLiteral("name: not valid UTF-8")},
        {fifo, QStringLiteral("a pipe, not a file")},
        {folder.filePath(QStringLiteral("folder.json")), QStringLiteral("a directory, not a file")},
    };
    const std::string name = window_->design().name;
    for (const auto& [path, cause] : cases) {
        QString message;
        EXPECT_FALSE(window_->openDesign(path, &message)) << path.toStdString();
        EXPECT_TRUE(message.contains(path)) << message.toStdString();
        EXPECT_TRUE(message.contains(cause)) << message.toStdString();
        EXPECT_EQ(window_->design().name, name);
    }
}

TEST_F(StudioTest, DrawsTheDiagram) {
    window_->view()->zoomToFit();
    const QImage image = window_->grab().toImage().convertToFormat(QImage::Format_RGB32);
    ASSERT_FALSE(image.isNull());
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    EXPECT_GT(colours.size(), 50u) << "the window looks blank";

    // Zoomed out, the GPU servers are boxes in their category colour, and the compute cables are in theirs.
    while (window_->view()->zoom() >= 0.4)
        window_->view()->zoomOut();
    const QImage canvas = window_->view()->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QRgb gpuServer = categoryStyle(DeviceCategory::GpuServer).accent.color().rgb();
    const QColor compute = networkStyle(Network::Compute).color;
    int gpuPixels = 0;
    int computePixels = 0;
    for (int y = 0; y < canvas.height(); ++y) {
        for (int x = 0; x < canvas.width(); ++x) {
            const QColor pixel = canvas.pixelColor(x, y);
            gpuPixels += pixel.rgb() == gpuServer;
            computePixels += std::abs(pixel.hue() - compute.hue()) < 8 && pixel.saturation() > 120;
        }
    }
    EXPECT_GT(gpuPixels, 16 * 100) << "16 GPU servers";
    EXPECT_GT(computePixels, 1000) << "256 compute cables";
}

} // namespace
} // namespace cs
