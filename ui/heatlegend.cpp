#include "heatlegend.h"

#include "analysis/link_heat.h"
#include "heatoverlay.h"
#include "heatstyle.h"
#include "networkstyle.h"
#include "statuscolors.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace cs {

namespace {

constexpr int kBarPixels = 14;
constexpr int kTickGapPixels = 3;

} // namespace

// The colour bar: one equal segment per band, the band edges (in %) under the boundaries.
class HeatLegend::Scale final : public QWidget {
public:
    explicit Scale(QWidget* parent)
        : QWidget(parent) {
        setFixedHeight(kBarPixels + kTickGapPixels + fontMetrics().height());
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        QString tip;
        for (int band = 0; band < kHeatBands; ++band)
            tip += (band ? QStringLiteral("\n") : QString()) + heatBandLabel(band);
        setToolTip(tip);
    }
    void setGreyed(bool greyed) {
        greyed_ = greyed;
        update();
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        const qreal segment = static_cast<qreal>(width() - 1) / kHeatBands;
        for (int band = 0; band < kHeatBands; ++band) {
            const QColor color = greyed_ ? heatBucketColor(kNoHeatBucket) : heatBucketColor(heatBucket(band));
            painter.fillRect(QRectF(band * segment, 0, segment, kBarPixels), color);
        }
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(QRectF(0, 0, width() - 1, kBarPixels));
        painter.setPen(palette().color(greyed_ ? QPalette::PlaceholderText : QPalette::WindowText));
        const QLocale locale;
        const int baseline = kBarPixels + kTickGapPixels + fontMetrics().ascent();
        for (std::size_t i = 0; i < kHeatBandEdges.size(); ++i) {
            const QString tick = locale.toString(kHeatBandEdges[i] * 100, 'g', 3);
            const qreal x = static_cast<qreal>(i + 1) * segment - fontMetrics().horizontalAdvance(tick) / 2.0;
            painter.drawText(QPointF(x, baseline), tick);
        }
    }

private:
    bool greyed_ = false;
};

HeatLegend::HeatLegend(QWidget* parent)
    : QWidget(parent)
    , scale_(new Scale(this))
    , status_(new QLabel)
    , detail_(new QLabel) {
    setObjectName(QStringLiteral("heatLegend"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(4);
    QFont bold = font();
    bold.setBold(true);
    auto* title = new QLabel(tr("Heat overlay"));
    title->setFont(bold);
    auto* unit = new QLabel(tr("% of link capacity"));
    unit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    unit->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(title, 0, 0);
    grid->addWidget(unit, 0, 1);
    grid->addWidget(scale_, 1, 0, 1, 2);
    // The details in a tooltip: the legend dock shares its column with others and stays short.
    setToolTip(
        tr("Cables: load per direction, averaged over a training step (Gbit/s in each cable's tooltip); "
           "magenta is at or over capacity.\nSwitch borders: the mean load of their links.\nRack bars: "
           "catalog max power against the rack's kW limit, graded like the budgets."));
    // Two unwrapped lines: a wrapped label's height is not what the dock gives it. The detail is elided to
    // the legend's width; the whole of both is the status tooltip.
    status_->setObjectName(QStringLiteral("heatStatus"));
    detail_->setObjectName(QStringLiteral("heatDetail"));
    for (QLabel* label : {status_, detail_}) {
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        grid->addWidget(label, grid->rowCount(), 0, 1, 2);
    }
}

void HeatLegend::showLoads(const Design& design, const HeatLoads& heat) {
    greyed_ = !heat.valid;
    scale_->setGreyed(greyed_);
    if (!heat.valid) {
        setStatus(tr("No valid plan: the overlay is grey"), heat.reason, true);
        return;
    }
    const Link* busiest = design.links().find(heat.busiest_link);
    if (!busiest) {
        setStatus(tr("The design has no cables"), QString(), false);
        return;
    }
    const QLocale locale;
    setStatus(tr("Busiest link: %1 % of capacity at peak, %2 % on average")
                  .arg(locale.toString(heat.busiest_load * 100, 'f', 1),
                       locale.toString(heat.busiest_average_load * 100, 'f', 1)),
              tr("%1 of %2 Gbit/s during the phase that uses it, %3: %4")
                  .arg(locale.toString(heat.busiest_load * busiest->gbps, 'f', 1))
                  .arg(busiest->gbps)
                  .arg(networkDisplayName(busiest->network),
                       heatBandLabel(heat.band(heat.busiest_load, busiest->network))),
              false);
}

void HeatLegend::setStatus(const QString& status, const QString& detail, bool failed) {
    status_->setText(status);
    status_->setStyleSheet(failed ? textColorStyle(kFailColor, true) : QString());
    detail_text_ = QString(detail).replace(QLatin1Char('\n'), QStringLiteral("; "));
    status_->setToolTip(detail.isEmpty() ? status : status + QLatin1Char('\n') + detail);
    detail_->setToolTip(status_->toolTip());
    elideDetail();
}

void HeatLegend::elideDetail() {
    detail_->setText(detail_->fontMetrics().elidedText(detail_text_, Qt::ElideRight, std::max(width(), 1)));
}

void HeatLegend::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    elideDetail();
}

QString HeatLegend::statusText() const {
    return status_->toolTip();
}

} // namespace cs
