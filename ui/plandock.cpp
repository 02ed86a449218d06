#include "plandock.h"

#include "base/input_error.h"
#include "base/units.h"
#include "commands/editscenario.h"
#include "commands/managescenarios.h"
#include "document.h"
#include "documentanalysis.h"
#include "estimate/goodput.h"
#include "estimate/inference_estimator.h"
#include "estimate/storage_budget.h"
#include "scenario/best_plan.h"
#include "scenario/default_plan.h"
#include "scenario/scenario_names.h"
#include "scenario/scenario_variant.h"
#include "statuscolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace cs {

namespace {

constexpr int kComboCharacters = 10; // the combo boxes' width, in characters: the form fits a 300 px dock
constexpr int kNicStepGbps = 100;
// The inference fields' limits: PLAN.json's "inference" reader accepts no more.
constexpr int kPlanMaxInferenceBatch = 65'536;
constexpr double kPlanMaxTtftSeconds = 3600, kPlanMaxTpotSeconds = 60, kPlanMaxRequestsPerSecond = 1e9;

QSpinBox* countBox(int minimum = 1) {
    auto* box = new QSpinBox;
    box->setRange(minimum, kPlanMaxCount);
    box->setKeyboardTracking(false); // one edit per typed number, not per digit
    return box;
}

QDoubleSpinBox* defaultedBox(double maximum, int decimals, const QString& suffix) {
    auto* box = new QDoubleSpinBox;
    box->setRange(0, maximum);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    box->setSpecialValueText(QObject::tr("default"));
    box->setKeyboardTracking(false);
    return box;
}

// The spin boxes show 0 as "default": the key leaves the plan and core's default applies.
nlohmann::json orDefault(double value) {
    return value > 0 ? nlohmann::json(value) : nlohmann::json();
}

} // namespace

PlanDock::PlanDock(DesignDocument* document, DocumentAnalysis* analysis, QWidget* parent)
    : QDockWidget(tr("Plan"), parent)
    , document_(document)
    , analysis_(analysis) {
    setObjectName(QStringLiteral("planDock"));
    buildForm();
    connect(analysis_, &DocumentAnalysis::changed, this, [this](DocumentAnalysis::Parts parts) {
        if (parts & DocumentAnalysis::PlanPart)
            showAnalysis();
    });
    showAnalysis();
}

void PlanDock::buildForm() {
    auto* page = new QWidget;
    auto* form = new QFormLayout;
    form_ = form;
    form->setObjectName(QStringLiteral("planForm"));
    scenarios_ = new QComboBox;
    add_scenario_ = new QPushButton(tr("Add scenario"));
    // Duplicate, rename and delete in a small menu beside "Add scenario": the dock stays narrow.
    auto* manage = manage_ = new QToolButton;
    manage->setObjectName(QStringLiteral("manageScenarios"));
    manage->setText(tr("Scenario actions"));
    manage->setToolTip(tr("Duplicate, rename or delete this scenario"));
    manage->setArrowType(Qt::DownArrow);
    manage->setPopupMode(QToolButton::InstantPopup);
    duplicate_action_ = manage->addAction(tr("Duplicate"));
    rename_action_ = manage->addAction(tr("Rename…"));
    delete_action_ = manage->addAction(tr("Delete"));
    duplicate_action_->setObjectName(QStringLiteral("duplicateScenario"));
    rename_action_->setObjectName(QStringLiteral("renameScenario"));
    delete_action_->setObjectName(QStringLiteral("deleteScenario"));
    auto* scenario_row = new QHBoxLayout;
    scenario_row->setContentsMargins(0, 0, 0, 0);
    scenario_row->addWidget(add_scenario_, 1);
    scenario_row->addWidget(manage);
    form->addRow(tr("Scenario"), scenarios_);
    form->addRow(QString(), scenario_row);
    // Not a row of the form: Qt 6.4's QFormLayout overruns a buffer laying out a word-wrapped spanning row.
    empty_ = new QLabel;
    empty_->setObjectName(QStringLiteral("planEmpty"));
    empty_->setWordWrap(true);
    empty_->setTextFormat(Qt::PlainText);

    preset_ = new QComboBox;
    for (const auto& [id, preset] : document_->library().models())
        preset_->addItem(QString::fromStdString(preset.name), QString::fromStdString(id));
    preset_->addItem(tr("Custom"), QString());
    for (QComboBox* box : {scenarios_, preset_}) {
        // Long scenario and model names elide instead of widening the dock.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(kComboCharacters);
    }
    form->addRow(tr("Model"), preset_);
    layers_ = countBox();
    hidden_ = countBox();
    heads_ = countBox();
    kv_heads_ = countBox();
    ffn_ = countBox();
    vocab_ = countBox();
    seq_ = countBox();
    form->addRow(tr("Layers"), layers_);
    form->addRow(tr("Hidden size"), hidden_);
    form->addRow(tr("Attention heads"), heads_);
    form->addRow(tr("KV heads"), kv_heads_);
    form->addRow(tr("FFN hidden size"), ffn_);
    form->addRow(tr("Vocabulary"), vocab_);
    form->addRow(tr("Sequence length"), seq_);

    tokens_ = new QLineEdit;
    tokens_->setValidator(new QDoubleValidator(1, kPlanMaxTokens, 6, tokens_));
    tokens_->setToolTip(tr("Tokens to train on; the preset's dataset size by default"));
    form->addRow(tr("Dataset tokens"), tokens_);
    workload_ = new QComboBox;
    workload_->addItem(tr("Pre-training"), QStringLiteral("pretrain"));
    workload_->addItem(tr("Fine-tuning"), QStringLiteral("finetune"));
    workload_->addItem(tr("Inference"), QStringLiteral("inference"));
    form->addRow(tr("Workload"), workload_);
    precision_ = new QComboBox;
    precision_->setObjectName(QStringLiteral("/training/precision"));
    precision_->addItem(tr("BF16"), QStringLiteral("bf16"));
    precision_->addItem(tr("FP8"), QStringLiteral("fp8"));
    precision_->addItem(tr("MXFP8"), QStringLiteral("mxfp8"));
    precision_->addItem(tr("NVFP4"), QStringLiteral("nvfp4"));
    precision_->setToolTip(tr("Number format of the tensor-core GEMMs. FP8, MXFP8, NVFP4 (training): the "
                              "linear layers' GEMMs at the GPU's peak in that format, weights and optimizer "
                              "as in BF16 mixed precision. MXFP8 and NVFP4 need a Blackwell GPU."));
    form->addRow(tr("Precision"), precision_);
    buildServingFields(form);
    checkpoint_target_ = new QDoubleSpinBox;
    checkpoint_target_->setObjectName(QStringLiteral("/training/checkpoint_overhead_target"));
    checkpoint_target_->setRange(kPlanMinCheckpointOverhead * kPercent,
                                 kPlanMaxCheckpointOverhead * kPercent);
    checkpoint_target_->setDecimals(2);
    checkpoint_target_->setSuffix(tr(" %"));
    checkpoint_target_->setKeyboardTracking(false);
    checkpoint_target_->setToolTip(tr("Checkpoint overhead target: the share of the run that checkpoint "
                                      "writes and rework after failures may cost; sets the storage write "
                                      "bandwidth the budget asks for"));
    form->addRow(tr("Checkpoint target"), checkpoint_target_);
    node_mtbf_ = defaultedBox(kPlanMaxNodeMtbfHours, 0, tr(" h"));
    node_mtbf_->setSpecialValueText(tr("default (%L1 h)").arg(kDefaultNodeMtbfHours, 0, 'f', 0));
    node_mtbf_->setToolTip(
        tr("Mean time between failures of one GPU server, in hours. Default: Llama 3's "
           "run, 384 server interruptions in 54 days on 2,048 servers. Sets the checkpoint "
           "interval (Young/Daly), the goodput and the hot spares."));
    form->addRow(tr("Node MTBF"), node_mtbf_);
    network_mtbf_ = defaultedBox(kPlanMaxNodeMtbfHours, 0, tr(" h"));
    network_mtbf_->setSpecialValueText(tr("default (%L1 h)").arg(kDefaultNetworkMtbfServerHours, 0, 'f', 0));
    network_mtbf_->setToolTip(
        tr("Fabric failures (switches, cables) counted per server: one per this many "
           "server-hours. Default: Llama 3's run, 35 network interruptions in 54 days on "
           "2,048 servers."));
    form->addRow(tr("Network MTBF per server"), network_mtbf_);
    restart_minutes_ = defaultedBox(kPlanMaxRestartMinutes, 1, tr(" min"));
    restart_minutes_->setSpecialValueText(tr("default (%L1 min)").arg(kDefaultRestartMinutes));
    restart_minutes_->setToolTip(tr("Time to restart the job after a failure, before the checkpoint load: "
                                    "detect, swap in a spare, reinitialise. The default is an assumption."));
    form->addRow(tr("Restart time"), restart_minutes_);
    repair_hours_ = defaultedBox(kPlanMaxRepairHours, 1, tr(" h"));
    repair_hours_->setSpecialValueText(tr("default (%L1 h)").arg(kDefaultRepairHours));
    repair_hours_->setToolTip(tr("Time until a failed server is back in the pool; sets the hot spares per "
                                 "scalable unit. The default is an assumption."));
    form->addRow(tr("Repair time"), repair_hours_);

    tp_ = countBox();
    pp_ = countBox();
    dp_ = countBox();
    vpp_ = countBox();
    micro_batch_ = countBox();
    global_batch_ = countBox();
    form->addRow(tr("Tensor parallel (TP)"), tp_);
    form->addRow(tr("Pipeline parallel (PP)"), pp_);
    form->addRow(tr("Data parallel (DP)"), dp_);
    form->addRow(tr("Virtual stages"), vpp_);
    cp_ = countBox();
    ep_ = countBox();
    etp_ = countBox();
    cp_->setToolTip(tr("Context parallel: the sequence split over this many GPUs (ring attention)"));
    ep_->setToolTip(tr("Expert parallel: the routed experts split over this many GPUs (MoE models)"));
    etp_->setToolTip(tr("Expert tensor parallel: each expert split over this many GPUs (1 in the Megatron "
                        "MoE recipes)"));
    form->addRow(tr("Context parallel (CP)"), cp_);
    form->addRow(tr("Expert parallel (EP)"), ep_);
    form->addRow(tr("Expert tensor parallel"), etp_);
    fsdp_ = new QCheckBox(tr("Fully sharded data parallel (FSDP)"));
    fsdp_->setObjectName(QStringLiteral("/parallelism/fsdp"));
    form->addRow(QString(), fsdp_);
    form->addRow(tr("Micro-batch"), micro_batch_);
    form->addRow(tr("Global batch"), global_batch_);
    recompute_ = new QComboBox;
    recompute_->addItem(tr("None"), QStringLiteral("none"));
    recompute_->addItem(tr("Selective"), QStringLiteral("selective"));
    recompute_->addItem(tr("Full"), QStringLiteral("full"));
    form->addRow(tr("Recompute"), recompute_);
    sequence_parallel_ = new QCheckBox(tr("Sequence parallel"));
    form->addRow(QString(), sequence_parallel_);
    in_network_reduction_ = new QComboBox;
    in_network_reduction_->setObjectName(QStringLiteral("/parallelism/in_network_reduction"));
    in_network_reduction_->addItem(tr("Auto"), QStringLiteral("auto"));
    in_network_reduction_->addItem(tr("On"), QStringLiteral("on"));
    in_network_reduction_->addItem(tr("Off"), QStringLiteral("off"));
    in_network_reduction_->setToolTip(
        tr("All-reduces with NVLS inside the NVSwitch and SHARP in the compute switches. Auto: where the "
           "hardware has them; On: also where the compute switches are unknown; Off: rings."));
    form->addRow(tr("In-network reduction"), in_network_reduction_);
    pue_ = defaultedBox(kPlanMaxPue, 2, QString());
    price_ = defaultedBox(kPlanMaxPricePerKwh, 3, tr(" /kWh"));
    form->addRow(tr("PUE"), pue_);
    form->addRow(tr("Energy price"), price_);
    currency_ = new QComboBox;
    currency_->setObjectName(QStringLiteral("/power/currency"));
    for (const char* code : {"USD", "EUR", "CNY", "GBP", "JPY", "CHF", "SGD", "AUD", "CAD", "INR", "KRW"})
        currency_->addItem(QString::fromLatin1(code), QString::fromLatin1(code));
    currency_->setToolTip(tr("The currency of the energy price and of every cost shown"));
    form->addRow(tr("Currency"), currency_);
    best_plan_ = new QPushButton(tr("Best plan"));
    best_plan_->setToolTip(tr("The fastest parallelism that fits, from core's plan sweep"));
    rebalance_dp_ = new QPushButton;
    rebalance_dp_->setObjectName(QStringLiteral("rebalanceDp"));
    rebalance_dp_->hide();
    form->addRow(QString(), rebalance_dp_);
    form->addRow(QString(), best_plan_);
    best_plan_result_ = new QLabel;
    best_plan_result_->setObjectName(QStringLiteral("bestPlanResult"));
    best_plan_result_->setWordWrap(true);
    form->addRow(QString(), best_plan_result_);

    errors_ = new QLabel;
    errors_->setObjectName(QStringLiteral("planErrors"));
    errors_->setTextFormat(Qt::PlainText);
    errors_->setWordWrap(true);
    errors_->setStyleSheet(textColorStyle(kFailColor));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(empty_); // at the very top: what to do when there is no scenario
    layout->addLayout(form);
    variant_group_ = buildVariantGroup();
    layout->addWidget(variant_group_);
    layout->addWidget(errors_);
    layout->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Up and down only: the dock is as wide as its fields need, never cut off on the right.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(page->minimumSizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width());
    scroll->setWidget(page);
    setWidget(scroll);

    connect(scenarios_, &QComboBox::activated, this, [this] {
        analysis_->selectScenario(scenarios_->currentData().toUInt());
        analysis_->analyzeNow(); // a choice, not a burst of edits: the form follows at once
    });
    connect(add_scenario_, &QPushButton::clicked, this, &PlanDock::addScenario);
    connect(duplicate_action_, &QAction::triggered, this, &PlanDock::duplicateScenario);
    connect(rename_action_, &QAction::triggered, this, &PlanDock::askRename);
    connect(delete_action_, &QAction::triggered, this, &PlanDock::deleteScenario);
    connect(preset_, &QComboBox::activated, this, &PlanDock::editModel);
    for (QSpinBox* box : {layers_, hidden_, heads_, kv_heads_, ffn_, vocab_, seq_})
        connect(box, &QSpinBox::valueChanged, this, &PlanDock::editModel);
    connect(tokens_, &QLineEdit::editingFinished, this, [this] {
        edit(tr("tokens"), {{"/training/tokens", tokens_->locale().toDouble(tokens_->text())}});
    });
    connect(workload_, &QComboBox::activated, this, [this] {
        edit(tr("workload"), {{"/scenario", workload_->currentData().toString().toStdString()}});
    });
    connect(precision_, &QComboBox::activated, this, [this] {
        edit(tr("precision"), {{precisionPath(), precision_->currentData().toString().toStdString()}});
    });
    connect(checkpoint_target_, &QDoubleSpinBox::valueChanged, this, [this](double percent) {
        edit(tr("checkpoint overhead"), {{"/training/checkpoint_overhead_target", percent / kPercent}});
    });
    connect(in_network_reduction_, &QComboBox::activated, this, [this] {
        edit(tr("in-network reduction"), {{"/parallelism/in_network_reduction",
                                           in_network_reduction_->currentData().toString().toStdString()}});
    });
    const auto bindCount = [this](QSpinBox* box, const QString& field, const std::string& path) {
        box->setObjectName(QString::fromStdString(path)); // tests find the field by its plan key
        connect(box, &QSpinBox::valueChanged, this, [this, field, path](int value) {
            edit(field, {{path, value}});
        });
    };
    // A figure with a default: 0, shown as the default, leaves the key to core (orDefault).
    const auto bindDefaulted = [this](QDoubleSpinBox* box, const QString& field, const std::string& path) {
        box->setObjectName(QString::fromStdString(path));
        connect(box, &QDoubleSpinBox::valueChanged, this, [this, field, path](double value) {
            edit(field, {{path, orDefault(value)}});
        });
    };
    bindDefaulted(node_mtbf_, tr("node MTBF"), "/training/node_mtbf_hours");
    bindDefaulted(network_mtbf_, tr("network MTBF"), "/training/network_mtbf_server_hours");
    bindDefaulted(restart_minutes_, tr("restart time"), "/training/restart_minutes");
    bindDefaulted(repair_hours_, tr("repair time"), "/training/repair_hours");
    bindCount(tp_, tr("TP"), "/parallelism/tp");
    bindCount(pp_, tr("PP"), "/parallelism/pp");
    bindCount(dp_, tr("DP"), "/parallelism/dp");
    bindCount(vpp_, tr("virtual stages"), "/parallelism/vpp");
    bindCount(cp_, tr("CP"), "/parallelism/cp");
    bindCount(ep_, tr("EP"), "/parallelism/ep");
    bindCount(etp_, tr("expert TP"), "/parallelism/etp");
    connect(fsdp_, &QCheckBox::toggled, this, [this](bool on) {
        edit(tr("FSDP"), {{"/parallelism/fsdp", on}});
    });
    bindCount(micro_batch_, tr("micro-batch"), "/parallelism/micro_batch");
    bindCount(global_batch_, tr("global batch"), "/parallelism/global_batch");
    connect(recompute_, &QComboBox::activated, this, [this] {
        edit(tr("recompute"),
             {{"/parallelism/recompute", recompute_->currentData().toString().toStdString()}});
    });
    connect(sequence_parallel_, &QCheckBox::toggled, this, [this](bool on) {
        edit(tr("sequence parallel"), {{"/parallelism/sequence_parallel", on}});
    });
    bindDefaulted(pue_, tr("PUE"), "/power/pue");
    bindDefaulted(price_, tr("energy price"), "/power/price_per_kwh");
    connect(currency_, &QComboBox::currentIndexChanged, this, [this] {
        edit(tr("currency"), {{"/power/currency", currency_->currentData().toString().toStdString()}});
    });
    connect(best_plan_, &QPushButton::clicked, this, &PlanDock::applyBestPlan);
    connect(rebalance_dp_, &QPushButton::clicked, this, [this] {
        if (const PlanAnalysis* analysis = analysis_->analysis())
            if (const std::optional<int> dp = rebalancedDataParallel(analysis->plan))
                edit(tr("DP"), {{"/parallelism/dp", *dp}});
    });
}

ScenarioId PlanDock::scenario() const {
    return analysis_->scenario();
}

const Scenario* PlanDock::currentScenario() const {
    return document_->design().scenarios().find(scenario());
}

QString PlanDock::emptyText() const {
    return empty_->text();
}

QString PlanDock::errors() const {
    return errors_->text();
}

std::vector<QWidget*> PlanDock::fields() const {
    std::vector<QWidget*> all = {
        preset_, layers_, hidden_,      heads_,        kv_heads_,  ffn_,
        vocab_,  seq_,    tokens_,      workload_,     tp_,        pp_,
        dp_,     vpp_,    micro_batch_, global_batch_, recompute_, sequence_parallel_,
        pue_,    price_,  currency_,    best_plan_,    cp_,        ep_,
        etp_,    fsdp_};
    all.insert(all.end(), {inference_tp_, inference_pp_, inference_ep_, disaggregated_, inference_batch_,
                           slo_ttft_, slo_tpot_, load_requests_, kv_precision_});
    all.insert(all.end(), {precision_, checkpoint_target_, node_mtbf_, network_mtbf_, restart_minutes_,
                           repair_hours_, in_network_reduction_, variant_gpu_, variant_nic_, variant_storage_,
                           variant_servers_, manage_});
    return all;
}

void PlanDock::showErrors(const QStringList& errors) {
    errors_->setText(errors.join(QLatin1Char('\n')));
}

void PlanDock::showAnalysis() {
    if (analysis_->state() == DocumentAnalysis::State::Pending && analysis_->analysis())
        return; // the form shows what the user typed; the analysis follows
    const Design& design = document_->design();
    {
        const QSignalBlocker blocker(scenarios_);
        scenarios_->clear();
        for (const Scenario& scenario : design.scenarios().items())
            scenarios_->addItem(QString::fromStdString(scenario.name), scenario.id);
        scenarios_->setCurrentIndex(scenarios_->findData(scenario()));
    }
    const Scenario* scenario = currentScenario();
    for (QWidget* field : fields())
        field->setEnabled(scenario != nullptr);
    // Without a scenario the form has no plan to show: the dock says what to do at its top instead.
    empty_->setText(scenario ? QString()
                    : design.hasGpus()
                        ? tr("The design has no scenario yet. Add scenario plans a training run that fits "
                             "this design (a model, parallelism and batch that run), and every view shows "
                             "its figures.")
                        : tr("The design has no GPU servers yet: place some from the Devices palette (or "
                             "use File › New from Generator), then add a scenario to plan a run on them."));
    empty_->setVisible(!scenario);
    for (int row = kFirstPlanRow; row < form_->rowCount(); ++row)
        form_->setRowVisible(row, scenario != nullptr);
    variant_group_->setVisible(scenario != nullptr);
    showErrors(scenario ? analysis_->reasons() : QStringList());
    const PlanAnalysis* analysis = analysis_->analysis();
    const std::optional<int> dp =
        analysis && !analysis->isInference() ? rebalancedDataParallel(analysis->plan) : std::nullopt;
    rebalance_dp_->setVisible(dp.has_value());
    if (dp)
        rebalance_dp_->setText(
            tr("Set DP to %1 (TP × PP × DP = %2 GPUs)").arg(*dp).arg(analysis->plan.cluster.gpus));
    if (analysis) {
        fillForm(analysis->plan, analysis->errors);
        best_plan_->setEnabled(!analysis->isInference());
    }
}

void PlanDock::fillForm(const Plan& plan, const std::vector<PlanError>& errors) {
    std::vector<QSignalBlocker> blockers;
    for (QWidget* field : fields())
        blockers.emplace_back(field);
    const Scenario* scenario = currentScenario();
    const auto preset = scenario->plan.value("/model/preset"_json_pointer, std::string());
    preset_->setCurrentIndex(preset_->findData(QString::fromStdString(preset)));
    const ModelShape& model = plan.model;
    const std::pair<QSpinBox*, int> shape[] = {
        {layers_, model.layers},  {hidden_, model.hidden}, {heads_, model.heads}, {kv_heads_, model.kv_heads},
        {ffn_, model.ffn_hidden}, {vocab_, model.vocab},   {seq_, model.seq_len}};
    for (const auto& [box, value] : shape) {
        box->setValue(value);
        box->setEnabled(preset.empty());
    }
    tokens_->setText(tokens_->locale().toString(plan.training.tokens, 'g', 6));
    workload_->setCurrentIndex(workload_->findData(QString::fromLatin1(workloadId(plan.workload))));
    const Parallelism& par = plan.parallelism;
    tp_->setValue(par.tp);
    pp_->setValue(par.pp);
    dp_->setValue(par.dp);
    vpp_->setValue(par.vpp);
    cp_->setValue(par.cp);
    ep_->setValue(par.ep);
    etp_->setValue(par.etp);
    fsdp_->setChecked(par.fsdp);
    micro_batch_->setValue(par.micro_batch);
    global_batch_->setValue(par.global_batch);
    recompute_->setCurrentIndex(recompute_->findData(QString::fromLatin1(recomputeId(par.recompute))));
    sequence_parallel_->setChecked(par.sequence_parallel);
    pue_->setValue(plan.power.pue);
    price_->setValue(plan.power.price_per_kwh);
    price_->setSuffix(QStringLiteral(" %1/kWh").arg(QString::fromStdString(plan.power.currency)));
    if (currency_->findData(QString::fromStdString(plan.power.currency)) < 0) // a code from the plan's file
        currency_->addItem(QString::fromStdString(plan.power.currency),
                           QString::fromStdString(plan.power.currency));
    currency_->setCurrentIndex(currency_->findData(QString::fromStdString(plan.power.currency)));
    const bool inference = plan.workload == Workload::Inference;
    const Precision precision = inference ? plan.inference.precision : plan.training.precision;
    precision_->setCurrentIndex(precision_->findData(QString::fromLatin1(precisionId(precision))));
    precision_->setObjectName(QString::fromStdString(precisionPath())); // matches core's PlanError field
    checkpoint_target_->setValue(plan.training.checkpoint_overhead_target * kPercent);
    node_mtbf_->setValue(plan.training.node_mtbf_hours);
    network_mtbf_->setValue(plan.training.network_mtbf_server_hours);
    restart_minutes_->setValue(plan.training.restart_minutes);
    repair_hours_->setValue(plan.training.repair_hours);
    in_network_reduction_->setCurrentIndex(
        in_network_reduction_->findData(QString::fromLatin1(inNetworkReductionId(par.in_network_reduction))));
    // Checkpointing and failures belong to training runs.
    for (QWidget* field :
         std::initializer_list<QWidget*>{checkpoint_target_, node_mtbf_, network_mtbf_, restart_minutes_,
                                         repair_hours_, in_network_reduction_})
        field->setEnabled(!inference);
    const InferenceSpec& serving = plan.inference;
    inference_tp_->setValue(serving.tp);
    inference_pp_->setValue(serving.pp);
    inference_ep_->setValue(serving.ep);
    disaggregated_->setChecked(serving.disaggregated);
    inference_batch_->setValue(serving.batch);
    slo_ttft_->setValue(serving.slo.ttft_s);
    slo_tpot_->setValue(serving.slo.tpot_s * kMillisecondsPerSecond);
    // A load the plan gives in output tokens/s shows as the requests/s it amounts to.
    load_requests_->setValue(serving.load.output_tokens_per_s > 0
                                 ? serving.load.output_tokens_per_s / serving.output_tokens
                                 : serving.load.requests_per_s);
    const QString kv =
        serving.kv_precision ? QString::fromLatin1(precisionId(*serving.kv_precision)) : QString();
    if (kv_precision_->findData(kv) < 0) // a format the plan's file names and the list does not offer
        kv_precision_->addItem(kv.toUpper(), kv);
    kv_precision_->setCurrentIndex(kv_precision_->findData(kv));
    for (QWidget* field : std::initializer_list<QWidget*>{inference_tp_, inference_pp_, inference_ep_,
                                                          disaggregated_, inference_batch_, slo_ttft_,
                                                          slo_tpot_, load_requests_, kv_precision_})
        field->setEnabled(inference);
    fillVariant(*scenario);
    markFieldErrors(errors);
}

void PlanDock::buildServingFields(QFormLayout* form) {
    // The replica's shape: each degree a number, or "auto" for the estimate's choice.
    const auto degreeBox = [this, form](const QString& path, const QString& label, const QString& tip,
                                        const QString& what) {
        auto* box = new QSpinBox;
        box->setObjectName(path);
        box->setRange(0, kPlanMaxCount);
        box->setSpecialValueText(tr("auto"));
        box->setKeyboardTracking(false);
        box->setToolTip(tip);
        form->addRow(label, box);
        connect(box, &QSpinBox::valueChanged, this, [this, path, what](int degree) {
            edit(what, {{path.toStdString(), degree > 0 ? nlohmann::json(degree) : nlohmann::json()}});
        });
        return box;
    };
    inference_tp_ =
        degreeBox(QStringLiteral("/inference/tp"), tr("Replica TP"),
                  tr("Tensor parallelism of one model replica; auto: the best that fits"), tr("replica TP"));
    inference_pp_ =
        degreeBox(QStringLiteral("/inference/pp"), tr("Replica PP"),
                  tr("Pipeline stages of one model replica, across servers when it needs them; auto: "
                     "the best that fits"),
                  tr("replica PP"));
    inference_ep_ = degreeBox(QStringLiteral("/inference/ep"), tr("Replica EP"),
                              tr("GPUs a MoE model's experts are spread over; auto: the best that fits"),
                              tr("replica EP"));
    disaggregated_ = new QCheckBox(tr("Prefill and decode on pools of their own"));
    disaggregated_->setObjectName(QStringLiteral("/inference/disaggregated"));
    disaggregated_->setToolTip(
        tr("Disaggregated serving: the estimate sizes both pools and says whether it beats "
           "serving both on the same GPUs"));
    form->addRow(tr("Disaggregated"), disaggregated_);
    connect(disaggregated_, &QCheckBox::clicked, this, [this](bool on) {
        edit(tr("disaggregated serving"),
             {{"/inference/disaggregated", on ? nlohmann::json(true) : nlohmann::json()}});
    });
    inference_batch_ = new QSpinBox;
    inference_batch_->setObjectName(QStringLiteral("/inference/batch"));
    inference_batch_->setRange(0, kPlanMaxInferenceBatch);
    inference_batch_->setSpecialValueText(tr("max"));
    inference_batch_->setKeyboardTracking(false);
    inference_batch_->setToolTip(tr("Sequences in flight per model replica (continuous batching). Max: the "
                                    "largest batch that fits in memory and meets the latency targets."));
    form->addRow(tr("Batch (sequences)"), inference_batch_);
    const auto targetBox = [](const QString& path, double maximum, int decimals, const QString& suffix) {
        auto* box = new QDoubleSpinBox;
        box->setObjectName(path);
        box->setRange(0, maximum);
        box->setDecimals(decimals);
        box->setSuffix(suffix);
        box->setSpecialValueText(tr("none"));
        box->setKeyboardTracking(false);
        return box;
    };
    slo_ttft_ = targetBox(QStringLiteral("/inference/slo/ttft_s"), kPlanMaxTtftSeconds, 3, tr(" s"));
    slo_ttft_->setToolTip(tr("Latency target: the longest a request may wait for its first token"));
    form->addRow(tr("Time-to-first-token target"), slo_ttft_);
    slo_tpot_ = targetBox(QStringLiteral("/inference/slo/tpot_s"),
                          kPlanMaxTpotSeconds * kMillisecondsPerSecond, 1, tr(" ms"));
    slo_tpot_->setToolTip(
        tr("Latency target: the longest one output token may take once the answer streams"));
    form->addRow(tr("Time-per-token target"), slo_tpot_);
    load_requests_ = targetBox(QStringLiteral("/inference/load/requests_per_s"), kPlanMaxRequestsPerSecond, 2,
                               tr(" req/s"));
    load_requests_->setToolTip(tr("The requests per second the service must carry: the estimate sizes the "
                                  "replicas, servers, GPUs and power it needs"));
    form->addRow(tr("Load"), load_requests_);
    kv_precision_ = new QComboBox;
    kv_precision_->setObjectName(QStringLiteral("/inference/kv_precision"));
    kv_precision_->addItem(tr("As precision"), QString());
    kv_precision_->addItem(tr("BF16"), QStringLiteral("bf16"));
    kv_precision_->addItem(tr("FP8"), QStringLiteral("fp8"));
    kv_precision_->addItem(tr("NVFP4"), QStringLiteral("nvfp4"));
    kv_precision_->setToolTip(
        tr("Number format of the KV cache: FP8 halves it and doubles the batch that fits"));
    form->addRow(tr("KV cache precision"), kv_precision_);

    connect(inference_batch_, &QSpinBox::valueChanged, this, [this](int batch) {
        edit(tr("batch"), {{"/inference/batch", batch > 0 ? nlohmann::json(batch) : nlohmann::json("max")}});
    });
    connect(slo_ttft_, &QDoubleSpinBox::valueChanged, this, [this](double seconds) {
        edit(tr("time-to-first-token target"), {{"/inference/slo/ttft_s", orDefault(seconds)}});
    });
    connect(slo_tpot_, &QDoubleSpinBox::valueChanged, this, [this](double milliseconds) {
        edit(tr("time-per-token target"),
             {{"/inference/slo/tpot_s", orDefault(milliseconds / kMillisecondsPerSecond)}});
    });
    // The load is one of requests/s or output tokens/s: the whole object is replaced, or removed for none.
    connect(load_requests_, &QDoubleSpinBox::valueChanged, this, [this](double requests) {
        edit(tr("load"), {{"/inference/load",
                           requests > 0 ? nlohmann::json{{"requests_per_s", requests}} : nlohmann::json()}});
    });
    connect(kv_precision_, &QComboBox::activated, this, [this] {
        const QString id = kv_precision_->currentData().toString();
        edit(tr("KV cache precision"),
             {{"/inference/kv_precision",
               id.isEmpty() ? nlohmann::json() : nlohmann::json(id.toStdString())}});
    });
}

std::string PlanDock::precisionPath() const {
    return workload_->currentData().toString() == QLatin1String("inference") ? "/inference/precision"
                                                                             : "/training/precision";
}

void PlanDock::markFieldErrors(const std::vector<PlanError>& errors) {
    for (QWidget* field : fields()) {
        auto* label = qobject_cast<QLabel*>(form_->labelForField(field));
        if (!label || !field->objectName().startsWith(QLatin1Char('/')))
            continue;
        QStringList messages;
        for (const PlanError& error : errors) {
            // A field, or an object of fields ("inference.slo" marks both latency targets).
            const QString path =
                QLatin1Char('/') +
                QString::fromStdString(error.field).replace(QLatin1Char('.'), QLatin1Char('/'));
            if (field->objectName() == path || field->objectName().startsWith(path + QLatin1Char('/')))
                messages << QString::fromStdString(error.message);
        }
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText,
                         messages.isEmpty() ? this->palette().color(QPalette::WindowText) : kFailColor);
        label->setPalette(palette);
        label->setToolTip(messages.join(QLatin1Char('\n')));
    }
}

QWidget* PlanDock::buildVariantGroup() {
    auto* group = new QGroupBox(tr("What-if variant"));
    group->setToolTip(tr("What this scenario changes in the design for its estimate; empty fields keep the "
                         "design as it is"));
    auto* form = new QFormLayout(group);
    variant_gpu_ = new QComboBox;
    variant_gpu_->setObjectName(QStringLiteral("variant/gpu"));
    variant_gpu_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    variant_gpu_->setMinimumContentsLength(kComboCharacters);
    const auto asDesigned = [](QSpinBox* box, const QString& name, int maximum, const QString& suffix) {
        box->setObjectName(name);
        box->setRange(0, maximum);
        box->setSuffix(suffix);
        box->setSpecialValueText(tr("as designed"));
        box->setKeyboardTracking(false);
    };
    variant_nic_ = new QSpinBox;
    asDesigned(variant_nic_, QStringLiteral("variant/nic_gbps"), int(kVariantMaxNicGbps), tr(" Gb/s"));
    variant_nic_->setSingleStep(kNicStepGbps);
    variant_storage_ = new QSpinBox;
    asDesigned(variant_storage_, QStringLiteral("variant/storage_nodes"), kVariantMaxCount, QString());
    variant_servers_ = new QSpinBox;
    asDesigned(variant_servers_, QStringLiteral("variant/servers"), kVariantMaxCount, QString());
    form->addRow(tr("GPU"), variant_gpu_);
    form->addRow(tr("Compute NIC"), variant_nic_);
    form->addRow(tr("Storage nodes"), variant_storage_);
    form->addRow(tr("GPU servers"), variant_servers_);

    connect(variant_gpu_, &QComboBox::activated, this, [this] {
        const QString gpu = variant_gpu_->currentData().toString();
        editVariant(tr("variant GPU"), "gpu",
                    gpu.isEmpty() ? nlohmann::json() : nlohmann::json(gpu.toStdString()));
    });
    const std::pair<QSpinBox*, std::pair<QString, const char*>> counts[] = {
        {variant_nic_, {tr("variant NIC speed"), "nic_gbps"}},
        {variant_storage_, {tr("variant storage nodes"), "storage_nodes"}},
        {variant_servers_, {tr("variant GPU servers"), "servers"}}};
    for (const auto& [box, what] : counts)
        connect(box, &QSpinBox::valueChanged, this, [this, what = what](int value) {
            editVariant(what.first, what.second, value > 0 ? nlohmann::json(value) : nlohmann::json());
        });
    return group;
}

void PlanDock::fillVariant(const Scenario& scenario) {
    const nlohmann::json& variant = scenario.variant;
    variant_gpu_->clear();
    variant_gpu_->addItem(tr("as designed"), QString());
    for (const std::string& id : variantGpus(document_->design())) {
        const GpuType* gpu = document_->design().catalog().gpu(id);
        if (!gpu)
            gpu = document_->library().gpu(id);
        variant_gpu_->addItem(QString::fromStdString(gpu ? gpu->name : id), QString::fromStdString(id));
    }
    const QString gpu = QString::fromStdString(variant.value("gpu", std::string()));
    int at = variant_gpu_->findData(gpu);
    if (at < 0) { // a GPU the servers do not take: shown, and core's error says why
        variant_gpu_->addItem(gpu, gpu);
        at = variant_gpu_->count() - 1;
    }
    variant_gpu_->setCurrentIndex(at);
    variant_nic_->setValue(variant.value("nic_gbps", 0));
    variant_storage_->setValue(variant.value("storage_nodes", 0));
    variant_servers_->setValue(variant.value("servers", 0));
}

void PlanDock::editVariant(const QString& field, const char* key, const nlohmann::json& value) {
    const Scenario* scenario = currentScenario();
    if (!scenario)
        return;
    Scenario changed = *scenario;
    if (value.is_null())
        changed.variant.erase(key);
    else
        changed.variant[key] = value;
    push(std::move(changed), field);
}

void PlanDock::edit(const QString& field, const std::vector<std::pair<std::string, nlohmann::json>>& values) {
    const Scenario* scenario = currentScenario();
    if (!scenario)
        return;
    Scenario changed = *scenario;
    for (const auto& [path, value] : values) {
        const nlohmann::json::json_pointer pointer(path);
        if (!value.is_null())
            changed.plan[pointer] = value;
        else if (changed.plan.contains(pointer.parent_pointer()))
            changed.plan[pointer.parent_pointer()].erase(pointer.back());
    }
    push(std::move(changed), field);
}

void PlanDock::push(Scenario changed, const QString& field) {
    if (changed == *currentScenario())
        return;
    QString error;
    if (!OperationCommand::execute(document_, std::make_unique<EditScenario>(document_, changed, field),
                                   &error))
        showErrors({error});
}

void PlanDock::editModel() {
    const Scenario* scenario = currentScenario();
    if (!scenario)
        return;
    Scenario changed = *scenario;
    const auto previous = scenario->plan.value("/model/preset"_json_pointer, std::string());
    const std::string preset = preset_->currentData().toString().toStdString();
    if (!preset.empty()) {
        changed.plan["model"] = {{"preset", preset}};
        // The new preset's dataset becomes the default: a figure typed for another model no longer applies.
        if (preset != previous && changed.plan.contains("training"))
            changed.plan["training"].erase("tokens");
    } else {
        const ModelPreset* from = document_->library().model(previous);
        changed.plan["model"] = {
            {"name", "custom model"},
            {"layers", layers_->value()},
            {"hidden", hidden_->value()},
            {"heads", heads_->value()},
            {"kv_heads", kv_heads_->value()},
            {"ffn_hidden", ffn_->value()},
            {"vocab", vocab_->value()},
            {"seq_len", seq_->value()},
            {"gated_mlp",
             from ? from->gated_mlp : scenario->plan.value("/model/gated_mlp"_json_pointer, false)}};
        // A custom model has no dataset of its own: keep the tokens the form shows.
        changed.plan["training"]["tokens"] = tokens_->locale().toDouble(tokens_->text());
    }
    push(std::move(changed), tr("model"));
}

QString PlanDock::bestPlanResult() const {
    return best_plan_result_->text();
}

void PlanDock::applyBestPlan() {
    const Scenario* scenario = currentScenario();
    if (!scenario)
        return;
    try {
        const BestPlan best = bestPlan(scenarioPlan(document_->design(), *scenario, document_->library()));
        best_plan_result_->setText(QString::fromStdString(best.text));
        best_plan_result_->setStyleSheet(best.found ? QString() : textColorStyle(kFailColor));
        if (!best.found)
            return;
        const Parallelism& p = best.parallelism;
        edit(tr("best plan"), {{"/parallelism/tp", p.tp},
                               {"/parallelism/pp", p.pp},
                               {"/parallelism/dp", p.dp},
                               {"/parallelism/vpp", p.vpp},
                               {"/parallelism/cp", p.cp},
                               {"/parallelism/ep", p.ep},
                               {"/parallelism/etp", p.etp},
                               {"/parallelism/fsdp", p.fsdp},
                               {"/parallelism/micro_batch", p.micro_batch},
                               {"/parallelism/recompute", std::string(recomputeId(p.recompute))},
                               {"/parallelism/sequence_parallel", p.sequence_parallel}});
    } catch (const InputError& e) {
        showErrors({QString::fromStdString(e.what())});
    }
}

void PlanDock::addScenario() {
    // A plan that runs on this design; without one (no GPU, nothing fits) the form shows why not.
    nlohmann::json plan = nlohmann::json::object();
    if (std::optional<DefaultPlan> fitting = defaultTrainingPlan(document_->design(), document_->library()))
        plan = std::move(fitting->plan);
    else if (const auto& presets = document_->library().models(); !presets.empty())
        plan["model"] = {{"preset", presets.begin()->first}};
    const std::string name = defaultScenarioName(document_->design());
    analysis_->selectScenario(document_->design().scenarios().nextId()); // the form follows the new one
    QString error;
    if (!OperationCommand::execute(document_, cs::addScenario(document_, name, std::move(plan)), &error))
        QMessageBox::warning(this, tr("Add scenario"), error);
}

bool PlanDock::runCommand(std::unique_ptr<OperationCommand> command) {
    QString error;
    if (OperationCommand::execute(document_, std::move(command), &error))
        return true;
    showErrors({error});
    return false;
}

bool PlanDock::duplicateScenario() {
    const Scenario* scenario = currentScenario();
    if (!scenario)
        return false;
    const std::string name = copiedScenarioName(document_->design(), scenario->name);
    const ScenarioId from = scenario->id;
    analysis_->selectScenario(document_->design().scenarios().nextId()); // the form follows the copy
    if (runCommand(cs::duplicateScenario(document_, from, name)))
        return true;
    analysis_->selectScenario(from);
    return false;
}

bool PlanDock::renameScenario(const QString& name) {
    const QString trimmed = name.trimmed();
    const Scenario* scenario = currentScenario();
    if (!scenario || trimmed.toStdString() == scenario->name)
        return false;
    return runCommand(cs::renameScenario(document_, scenario->id, trimmed.toStdString()));
}

bool PlanDock::deleteScenario() {
    if (!currentScenario())
        return false;
    return runCommand(removeScenario(document_, scenario()));
}

void PlanDock::askRename() {
    const Scenario* scenario = currentScenario();
    if (!scenario)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename scenario"), tr("Name:"), QLineEdit::Normal,
                                               QString::fromStdString(scenario->name), &ok);
    if (ok)
        renameScenario(name);
}

} // namespace cs
