#include "changefailures.h"

#include "document.h"

#include <QCoreApplication>
#include <algorithm>
#include <iterator>

namespace cs {

namespace {

template <typename Id> std::vector<Id> sortedUnique(std::vector<Id> ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

// The ids of `items` that are (`in` true) or are not in `set`; both sorted.
template <typename Id>
std::vector<Id> filtered(const std::vector<Id>& items, const std::vector<Id>& set, bool in) {
    std::vector<Id> kept;
    for (Id id : sortedUnique(items)) {
        if (std::binary_search(set.begin(), set.end(), id) == in)
            kept.push_back(id);
    }
    return kept;
}

template <typename Id> std::vector<Id> merged(const std::vector<Id>& a, const std::vector<Id>& b) {
    std::vector<Id> all;
    std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(all));
    return all;
}

template <typename Id> std::vector<Id> without(const std::vector<Id>& a, const std::vector<Id>& b) {
    std::vector<Id> kept;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(kept));
    return kept;
}

bool isEmpty(const FailureSet& set) {
    return set.devices.empty() && set.links.empty();
}

// "Fail leaf-su1-r1" for one device, "Fail 3 Items" for more.
QString stepText(const DesignDocument& document, const FailureSet& items, bool fail) {
    const std::size_t count = items.devices.size() + items.links.size();
    if (count == 1 && items.devices.size() == 1) {
        const QString name = QString::fromStdString(document.design().devices().find(items.devices[0])->name);
        return fail ? QCoreApplication::translate("cs::Commands", "Fail %1").arg(name)
                    : QCoreApplication::translate("cs::Commands", "Restore %1").arg(name);
    }
    const int n = static_cast<int>(count);
    return fail ? QCoreApplication::translate("cs::Commands", "Fail %n Item(s)", nullptr, n)
                : QCoreApplication::translate("cs::Commands", "Restore %n Item(s)", nullptr, n);
}

} // namespace

ChangeFailures::ChangeFailures(DesignDocument* document, const QString& text, FailureSet failed,
                               FailureSet restored)
    : QUndoCommand(text)
    , document_(document)
    , failed_{sortedUnique(std::move(failed.devices)), sortedUnique(std::move(failed.links))}
    , restored_{sortedUnique(std::move(restored.devices)), sortedUnique(std::move(restored.links))} {}

void ChangeFailures::redo() {
    const FailureSet& all = document_->allFailures();
    document_->setFailures({merged(without(all.devices, restored_.devices), failed_.devices),
                            merged(without(all.links, restored_.links), failed_.links)});
}

void ChangeFailures::undo() {
    const FailureSet& all = document_->allFailures();
    document_->setFailures({merged(without(all.devices, failed_.devices), restored_.devices),
                            merged(without(all.links, failed_.links), restored_.links)});
}

bool ChangeFailures::execute(DesignDocument* document, std::unique_ptr<ChangeFailures> command) {
    if (!command)
        return false;
    document->undoStack()->push(command.release()); // runs redo()
    return true;
}

FailureSet failureItems(const Design& design, const Selection& selection) {
    FailureSet items{selection.devices, selection.links};
    for (const Device& device : design.devices().items()) {
        if (device.rack != kNoRack &&
            std::ranges::find(selection.racks, device.rack) != selection.racks.end())
            items.devices.push_back(device.id);
    }
    return items;
}

std::unique_ptr<ChangeFailures> failItems(DesignDocument* document, const FailureSet& items) {
    // Only what exists and is not failed yet: undoing the step then restores exactly that.
    const FailureSet& failed = document->failures();
    FailureSet added{filtered(items.devices, failed.devices, false),
                     filtered(items.links, failed.links, false)};
    std::erase_if(added.devices, [&](DeviceId id) { return !document->design().devices().contains(id); });
    std::erase_if(added.links, [&](LinkId id) { return !document->design().links().contains(id); });
    if (isEmpty(added))
        return nullptr;
    const QString text = stepText(*document, added, true);
    return std::make_unique<ChangeFailures>(document, text, std::move(added), FailureSet{});
}

std::unique_ptr<ChangeFailures> failPlane(DesignDocument* document, int plane) {
    FailureSet items = parseFailureSet(document->design(), {"plane:" + std::to_string(plane)});
    std::unique_ptr<ChangeFailures> command = failItems(document, items);
    if (command)
        command->setText(QCoreApplication::translate("cs::Commands", "Fail Plane %1").arg(plane));
    return command;
}

std::unique_ptr<ChangeFailures> restoreItems(DesignDocument* document, const FailureSet& items) {
    const FailureSet& failed = document->failures();
    FailureSet restored{filtered(items.devices, failed.devices, true),
                        filtered(items.links, failed.links, true)};
    if (isEmpty(restored))
        return nullptr;
    const QString text = stepText(*document, restored, false);
    return std::make_unique<ChangeFailures>(document, text, FailureSet{}, std::move(restored));
}

std::unique_ptr<ChangeFailures> restoreAll(DesignDocument* document) {
    // Deleted failed items too: the stack then holds no failure that a later undo could not reach.
    const FailureSet& all = document->allFailures();
    if (isEmpty(all))
        return nullptr;
    return std::make_unique<ChangeFailures>(
        document, QCoreApplication::translate("cs::Commands", "Restore All Failures"), FailureSet{}, all);
}

} // namespace cs
