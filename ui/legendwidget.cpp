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

// A network's checkbox: a click on a dimmed (partly checked) network shows it; otherwise it toggles between
// shown and hidden. Dimmed is where a large design opens (openingCableDisplay).
class NetworkToggle final : public QCheckBox {
public:
    using QCheckBox::QCheckBox;

protected:
    void nextCheckState() override {
        setCheckState(checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    }
};

Qt::CheckState checkStateOf(CableDisplay display) {
    switch (display) {
    case CableDisplay::Shown:
        return Qt::Checked;
    case CableDisplay::Dimmed:
        return Qt::PartiallyChecked;
    case CableDisplay::Hidden:
        break;
    }
    return Qt::Unchecked;
}

CableDisplay displayOf(Qt::CheckState state) {
    switch (state) {
    case Qt::Checked:
        return CableDisplay::Shown;
    case Qt::PartiallyChecked:
        return CableDisplay::Dimmed;
    case Qt::Unchecked:
        break;
    }
    return CableDisplay::Hidden;
}

QLabel* countLabel() {
    auto* label = new QLabel(QStringLiteral("0"));
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return label;
}

} // namespace

LegendWidget::LegendWidget(QWidget* parent)
    : QWidget(parent)
    , dimmed_note_(new QLabel)
    , heat_legend_(new HeatLegend) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(12, 10, 12, 10);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(1, 1);

    addSectionTitle(grid, tr("Networks"), tr("cables"));
    for (Network network : kNetworks) {
        const NetworkStyle& style = networkStyle(network);
        auto* toggle = new NetworkToggle(style.label);
        toggle->setIcon(networkSwatch(network));
        toggle->setTristate(true);
        toggle->setCheckState(Qt::Checked);
        toggle->setToolTip(tr("Show or hide the %1 cables (partly checked: dimmed)").arg(style.label));
        connect(toggle, &QCheckBox::stateChanged, this, [this, network](int state) {
            updateDimmedNote();
            emit networkDisplayChanged(network, displayOf(static_cast<Qt::CheckState>(state)));
        });
        network_toggles_[networkIndex(network)] = toggle;
        network_counts_[networkIndex(network)] = countLabel();
        const int row = grid->rowCount();
        grid->addWidget(toggle, row, 0, 1, 2);
        grid->addWidget(network_counts_[networkIndex(network)], row, 2);
    }

    dimmed_note_->setWordWrap(true);
    dimmed_note_->setForegroundRole(QPalette::PlaceholderText);
    dimmed_note_->hide();
    grid->addWidget(dimmed_note_, grid->rowCount(), 0, 1, 3);

    grid->setRowMinimumHeight(grid->rowCount(), kSectionGap);
    addSectionTitle(grid, tr("Devices"), tr("count"));
    for (DeviceCategory category : kDeviceCategories) {
        auto* icon = new QLabel;
        icon->setPixmap(categoryIcon(category).pixmap(kIconPixels, kIconPixels));
        const auto index = static_cast<std::size_t>(category);
        category_counts_[index] = countLabel();
        category_rows_[index] = {icon, new QLabel(categoryStyle(category).label)};
        const int row = grid->rowCount();
        grid->addWidget(icon, row, 0);
        grid->addWidget(category_rows_[index][1], row, 1);
        grid->addWidget(category_counts_[index], row, 2);
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
    // Only what the design has, as the report's legends: no "Scale-up (NVLink) 0" on an HGX design. A network
    // returns with its first cable, its display as it was.
    for (Network network : kNetworks) {
        const std::size_t cables = summary.links_by_network[networkIndex(network)];
        network_counts_[networkIndex(network)]->setText(number(cables));
        network_counts_[networkIndex(network)]->setVisible(cables > 0);
        network_toggles_[networkIndex(network)]->setVisible(cables > 0);
    }
    for (DeviceCategory category : kDeviceCategories) {
        const auto index = static_cast<std::size_t>(category);
        const std::size_t devices = summary.devices_by_category[index];
        category_counts_[index]->setText(number(devices));
        category_counts_[index]->setVisible(devices > 0);
        for (QLabel* part : category_rows_[index])
            part->setVisible(devices > 0);
    }
}

CableDisplay LegendWidget::networkDisplay(Network network) const {
    return displayOf(networkToggle(network)->checkState());
}

void LegendWidget::setNetworkDisplay(Network network, CableDisplay display) {
    networkToggle(network)->setCheckState(checkStateOf(display));
}

void LegendWidget::updateDimmedNote() {
    QStringList dimmed;
    for (Network network : kNetworks) {
        if (networkDisplay(network) == CableDisplay::Dimmed)
            dimmed << networkStyle(network).label;
    }
    dimmed_note_->setText(
        tr("Dimmed: %1. A large fabric's cables would cover the racks; click the box to show them.")
            .arg(dimmed.join(QStringLiteral(", "))));
    dimmed_note_->setVisible(!dimmed.isEmpty());
}

} // namespace cs
