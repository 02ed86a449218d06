#include "legendwidget.h"

#include "categorystyle.h"
#include "heatlegend.h"
#include "networkstyle.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace cs {

namespace {

constexpr int kIconPixels = 18;
constexpr int kSectionGap = 14;

QLabel* countLabel() {
    auto* label = new QLabel(QStringLiteral("0"));
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return label;
}

} // namespace

LegendWidget::LegendWidget(QWidget* parent)
    : QWidget(parent)
    , heat_legend_(new HeatLegend) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(12, 10, 12, 10);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(1, 1);

    addSectionTitle(grid, tr("Networks"), tr("cables"));
    for (Network network : kNetworks) {
        const NetworkStyle& style = networkStyle(network);
        auto* toggle = new QCheckBox(style.label);
        toggle->setIcon(networkSwatch(network));
        toggle->setChecked(true);
        toggle->setToolTip(tr("Show or hide the %1 cables").arg(style.label));
        connect(toggle, &QCheckBox::toggled, this,
                [this, network](bool shown) { emit networkToggled(network, shown); });
        network_toggles_[networkIndex(network)] = toggle;
        network_counts_[networkIndex(network)] = countLabel();
        const int row = grid->rowCount();
        grid->addWidget(toggle, row, 0, 1, 2);
        grid->addWidget(network_counts_[networkIndex(network)], row, 2);
    }

    grid->setRowMinimumHeight(grid->rowCount(), kSectionGap);
    addSectionTitle(grid, tr("Devices"), tr("count"));
    for (DeviceCategory category : kDeviceCategories) {
        auto* icon = new QLabel;
        icon->setPixmap(categoryIcon(category).pixmap(kIconPixels, kIconPixels));
        QLabel*& count = category_counts_[static_cast<std::size_t>(category)];
        count = countLabel();
        const int row = grid->rowCount();
        grid->addWidget(icon, row, 0);
        grid->addWidget(new QLabel(categoryStyle(category).label), row, 1);
        grid->addWidget(count, row, 2);
    }
    grid->setRowMinimumHeight(grid->rowCount(), kSectionGap);
    grid->addWidget(heat_legend_, grid->rowCount(), 0, 1, 3);
    heat_legend_->hide();
    grid->setRowStretch(grid->rowCount(), 1);
}

void LegendWidget::addSectionTitle(QGridLayout* grid, const QString& title, const QString& unit) {
    QFont font = this->font();
    font.setBold(true);
    auto* titleLabel = new QLabel(title);
    titleLabel->setFont(font);
    auto* unitLabel = new QLabel(unit);
    unitLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    unitLabel->setForegroundRole(QPalette::PlaceholderText);
    const int row = grid->rowCount();
    grid->addWidget(titleLabel, row, 0, 1, 2);
    grid->addWidget(unitLabel, row, 2);
}

void LegendWidget::showSummary(const DesignSummary& summary) {
    const auto number = [this](std::size_t count) {
        return locale().toString(static_cast<qulonglong>(count));
    };
    for (Network network : kNetworks)
        network_counts_[networkIndex(network)]->setText(
            number(summary.links_by_network[networkIndex(network)]));
    for (DeviceCategory category : kDeviceCategories) {
        const auto index = static_cast<std::size_t>(category);
        category_counts_[index]->setText(number(summary.devices_by_category[index]));
    }
}

bool LegendWidget::isNetworkShown(Network network) const {
    return networkToggle(network)->isChecked();
}

} // namespace cs
