#include "selecttool.h"

#include "commands/movedevices.h"
#include "designscene.h"
#include "designview.h"
#include "deviceitem.h"
#include "document.h"

#include <QApplication>
#include <QMouseEvent>
#include <QRubberBand>
#include <algorithm>

namespace cs {

SelectTool::SelectTool(DesignDocument* document, DesignView* view)
    : Tool(document, view) {}

void SelectTool::mousePressed(QMouseEvent* event, QPointF scenePos) {
    if (event->button() != Qt::LeftButton)
        return;
    press_scene_ = scenePos;
    press_view_ = event->position().toPoint();
    additive_ = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    const DeviceItem* item = scene()->deviceAt(scenePos);
    if (const auto block = item ? std::nullopt : scene()->collapsedBlockAt(scenePos)) {
        // A collapsed block stands for its devices.
        Selection selection = additive_ ? document_->selection() : Selection{};
        for (DeviceId id : scene()->blockDevices(*block)) {
            if (!document_->isSelected(id) || !additive_)
                selection.devices.push_back(id);
        }
        document_->setSelection(std::move(selection));
        gesture_ = Gesture::None;
        return;
    }
    if (!item) {
        if (const auto cable = scene()->cableAt(scenePos, kCablePickPixels / view_->zoom())) {
            Selection selection = additive_ ? document_->selection() : Selection{};
            if (std::ranges::find(selection.links, *cable) == selection.links.end())
                selection.links.push_back(*cable);
            document_->setSelection(std::move(selection));
            gesture_ = Gesture::None;
            return;
        }
        gesture_ = Gesture::RubberBand;
        pressed_rack_ = scene()->rackAt(scenePos);
        if (!rubber_band_)
            rubber_band_ = new QRubberBand(QRubberBand::Rectangle, view_->viewport());
        rubber_band_->setGeometry(QRect(press_view_, QSize()));
        rubber_band_->show();
        return;
    }
    Selection selection = document_->selection();
    const DeviceId id = item->deviceId();
    if (event->modifiers() & Qt::ControlModifier && document_->isSelected(id)) {
        std::erase(selection.devices, id);
        document_->setSelection(std::move(selection));
        gesture_ = Gesture::None;
        return;
    }
    if (!document_->isSelected(id)) {
        if (!additive_)
            selection = {};
        selection.devices.push_back(id);
        document_->setSelection(std::move(selection));
    }
    gesture_ = Gesture::Moving;
    ++move_gesture_;
    origins_.clear();
    for (DeviceId selected : document_->selection().devices) {
        const Device& device = *document_->design().devices().find(selected);
        origins_.emplace(selected, QPointF(device.x, device.y));
    }
    anchor_origin_ = origins_.at(id);
}

void SelectTool::mouseMoved(QMouseEvent* event, QPointF scenePos) {
    if (gesture_ == Gesture::RubberBand) {
        rubber_band_->setGeometry(QRect(press_view_, event->position().toPoint()).normalized());
        return;
    }
    if (gesture_ == Gesture::None && event->buttons() == Qt::NoButton) {
        // Over a cable and not over a card: the whole route lights up.
        scene()->showHoveredCable(scene()->deviceAt(scenePos)
                                      ? std::nullopt
                                      : scene()->cableAt(scenePos, kCablePickPixels / view_->zoom()));
        return;
    }
    if (gesture_ != Gesture::Moving)
        return;
    if ((event->position().toPoint() - press_view_).manhattanLength() < QApplication::startDragDistance())
        return;
    // The pressed device's corner lands on the grid; the others keep their places relative to it.
    QPointF target = anchor_origin_ + (scenePos - press_scene_);
    if (!(event->modifiers() & Qt::AltModifier))
        target = snapToGrid(target);
    const QPointF delta = target - anchor_origin_;
    const Device& anchor = *document_->design().devices().find(origins_.begin()->first);
    if (QPointF(anchor.x, anchor.y) == origins_.begin()->second + delta)
        return; // still on the same grid point: nothing to do
    // Moving devices that exist cannot fail: there is no reason to report.
    OperationCommand::execute(document_, moveDevices(document_, origins_, delta, move_gesture_), nullptr);
}

void SelectTool::mouseReleased(QMouseEvent* event, QPointF scenePos) {
    if (gesture_ == Gesture::RubberBand) {
        rubber_band_->hide();
        Selection selection = additive_ ? document_->selection() : Selection{};
        const bool click =
            (event->position().toPoint() - press_view_).manhattanLength() < QApplication::startDragDistance();
        if (!click) {
            for (DeviceId id : scene()->devicesIn(QRectF(press_scene_, scenePos).normalized()))
                selection.devices.push_back(id);
        } else if (pressed_rack_) {
            const auto at = std::ranges::find(selection.racks, *pressed_rack_);
            if (at == selection.racks.end())
                selection.racks.push_back(*pressed_rack_);
            else if (event->modifiers() & Qt::ControlModifier)
                selection.racks.erase(at);
        }
        document_->setSelection(std::move(selection));
    }
    gesture_ = Gesture::None;
}

void SelectTool::deactivate() {
    if (rubber_band_)
        rubber_band_->hide();
    if (scene())
        scene()->showHoveredCable(std::nullopt);
    gesture_ = Gesture::None;
}

} // namespace cs
