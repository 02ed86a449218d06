#pragma once

#include "model/design.h"

#include <QWidget>

class QLabel;

namespace cs {

struct HeatLoads;

// The heat overlay's key, in the legend: the colour scale over "% of link capacity" with its band edges, what
// the load is (Gbit/s per direction, averaged over a step), and the busiest link; or, greyed, why there is no
// load to show ("No valid plan").
class HeatLegend final : public QWidget {
    Q_OBJECT

public:
    explicit HeatLegend(QWidget* parent = nullptr);

    void showLoads(const Design& design, const HeatLoads& heat);
    // The status: the busiest link, or "No valid plan" and why.
    QString statusText() const;
    bool isGreyed() const { return greyed_; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    class Scale;

    void setStatus(const QString& status, const QString& detail, bool failed);
    void elideDetail();

    Scale* scale_;
    QLabel* status_;
    QLabel* detail_;
    QString detail_text_;
    bool greyed_ = false;
};

} // namespace cs
