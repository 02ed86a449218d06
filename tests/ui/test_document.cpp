// The document and its undo commands, without a window: every edit undoes to the design it started from.
#include "commands/commands.h"
#include "commands/movedevices.h"
#include "document.h"
#include "io/design_file.h"
#include "studio_test_support.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

namespace cs {
namespace {

class DocumentTest : public ::testing::Test {
protected:
    void SetUp() override {
        library_ = Catalog::loadDirectory(Catalog::defaultDirectory());
        document_ = std::make_unique<DesignDocument>(library_);
        document_->reset(readDesign(test::examplePath().toStdString(), library_), test::examplePath());
        original_ = test::jsonSnapshot(document_->design());
    }

    bool run(std::unique_ptr<OperationCommand> command, QString* error = nullptr) {
        return OperationCommand::execute(document_.get(), std::move(command), error);
    }

    Catalog library_;
    std::unique_ptr<DesignDocument> document_;
    std::string original_;
};

TEST_F(DocumentTest, AddingADeviceAnnouncesItAndUndoes) {
    QSignalSpy changes(document_.get(), &DesignDocument::changed);
    const QPointF at[] = {{400, 1200}};
    ASSERT_TRUE(run(addDevices(document_.get(), "dgx-h100", std::nullopt, at)));
    ASSERT_EQ(changes.size(), 1);
    const auto event = changes.front().front().value<ChangeEvent>();
    ASSERT_EQ(event.added_devices.size(), 1u);
    const Device& added = *document_->design().devices().find(event.added_devices.front());
    EXPECT_EQ(added.x, 400);
    EXPECT_EQ(added.y, 1200);
    EXPECT_TRUE(document_->isModified());
    EXPECT_EQ(document_->undoStack()->undoText().toStdString(), "Add 1 Device(s)");

    document_->undoStack()->undo();
    EXPECT_EQ(test::jsonSnapshot(document_->design()), original_);
    EXPECT_FALSE(document_->isModified());
    document_->undoStack()->redo();
    EXPECT_TRUE(document_->design().devices().contains(added.id));
}

TEST_F(DocumentTest, TheMovesOfOneDragMergeIntoOneStep) {
    const Device first = document_->design().devices().items().front();
    const std::unordered_map<DeviceId, QPointF> origins{{first.id, QPointF(first.x, first.y)}};
    for (int step = 1; step <= 5; ++step)
        ASSERT_TRUE(run(moveDevices(document_.get(), origins, QPointF(40 * step, 0), 1)));
    EXPECT_EQ(document_->undoStack()->count(), 1);
    EXPECT_EQ(document_->design().devices().find(first.id)->x, first.x + 200);
    ASSERT_TRUE(run(moveDevices(document_.get(), origins, QPointF(0, 40), 2))); // a second drag
    EXPECT_EQ(document_->undoStack()->count(), 2);
    document_->undoStack()->undo();
    document_->undoStack()->undo();
    EXPECT_EQ(test::jsonSnapshot(document_->design()), original_);
}

TEST_F(DocumentTest, DeletingACabledDeviceTakesItsCablesAndUndoBringsThemBack) {
    const DeviceId server = document_->design().links().items().front().a.device;
    const auto cables = document_->design().linksOf(server).size();
    ASSERT_GT(cables, 0u);
    document_->setSelection({{server}, {}});
    const DeviceId ids[] = {server};
    ASSERT_TRUE(run(removeItems(document_.get(), ids, {})));
    EXPECT_FALSE(document_->design().devices().contains(server));
    EXPECT_TRUE(document_->selection().empty()) << "a deleted device leaves the selection";
    EXPECT_EQ(document_->design().links().size(), 401u - cables);
    document_->undoStack()->undo();
    EXPECT_EQ(test::jsonSnapshot(document_->design()), original_);
}

TEST_F(DocumentTest, ARefusedEditChangesNothing) {
    const Link taken = document_->design().links().items().front();
    Link duplicate = taken;
    duplicate.id = document_->design().links().nextId(); // the same ports again
    QString error;
    EXPECT_FALSE(run(addCables(document_.get(), {{Add<Link>{duplicate}}}, taken.network), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(document_->undoStack()->count(), 0);
    EXPECT_EQ(test::jsonSnapshot(document_->design()), original_);
}

TEST_F(DocumentTest, SavingMarksTheDocumentCleanAndAFailedSaveChangesNothing) {
    QTemporaryDir folder;
    const QPointF at[] = {{0, 0}};
    ASSERT_TRUE(run(addDevices(document_.get(), "dgx-h100", std::nullopt, at)));
    const QString path = folder.filePath(QStringLiteral("saved.csd"));
    QString error;
    ASSERT_TRUE(document_->save(path, &error)) << error.toStdString();
    EXPECT_FALSE(document_->isModified());
    EXPECT_EQ(document_->path(), path);

    ASSERT_TRUE(run(addDevices(document_.get(), "dgx-h100", std::nullopt, at)));
    const QString unwritable = folder.filePath(QStringLiteral("no/such/folder/x.csd"));
    EXPECT_FALSE(document_->save(unwritable, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("x.csd"))) << error.toStdString();
    EXPECT_TRUE(document_->isModified());
    EXPECT_EQ(document_->path(), path);
}

} // namespace
} // namespace cs
