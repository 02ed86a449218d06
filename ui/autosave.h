#pragma once

#include "debouncer.h"

#include <QObject>
#include <QString>

namespace cs {

class DesignDocument;

// Writes unsaved work to a side file once the user has been idle for a while, and removes it when the work is
// saved or discarded; after a crash the side file is what the studio offers back.
class Autosave final : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultIdleMs = 30'000;

    explicit Autosave(DesignDocument* document, QObject* parent = nullptr);

    void setIdleInterval(int milliseconds) { idle_.setDelay(milliseconds); }
    // The side file of a design file ("cluster.csd" -> "cluster.autosave.csd"); of an untitled design, one in
    // the application's data folder.
    static QString sideFile(const QString& path);
    // A side file left by an earlier session for this path that is newer than the file itself; empty if none.
    static QString recoverableFor(const QString& path);
    // Removes the side file of the document's current file (saved, or the user chose to discard it).
    void discard();
    // Writes the side file now when there is unsaved work (what the idle timer does).
    void writeNow();

private:
    DesignDocument* document_;
    Debouncer idle_; // each edit restarts the wait: the side file is written once the user pauses
};

} // namespace cs
