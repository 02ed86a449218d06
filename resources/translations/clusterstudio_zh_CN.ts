<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EditScenario</name>
    <message>
        <location filename="../../ui/commands/editscenario.cpp" line="14"/>
        <source>Change plan %1</source>
        <translation>修改方案 %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/editscenario.cpp" line="39"/>
        <source>Add scenario</source>
        <translation>添加场景</translation>
    </message>
</context>
<context>
    <name>ManageScenarios</name>
    <message>
        <location filename="../../ui/commands/managescenarios.cpp" line="27"/>
        <source>Duplicate scenario “%1”</source>
        <translation>复制场景“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managescenarios.cpp" line="37"/>
        <source>Rename scenario “%1” to “%2”</source>
        <translation>将场景“%1”重命名为“%2”</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managescenarios.cpp" line="45"/>
        <source>Delete scenario “%1”</source>
        <translation>删除场景“%1”</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/plandock.cpp" line="59"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../ui/studio.cpp" line="43"/>
        <source>ClusterStudio</source>
        <translation>ClusterStudio</translation>
    </message>
    <message>
        <location filename="../../ui/studio.cpp" line="44"/>
        <source>The device catalog cannot be loaded.

%1</source>
        <translation>无法加载设备目录。

%1</translation>
    </message>
</context>
<context>
    <name>cs</name>
    <message>
        <location filename="../../ui/commands/adddevices.cpp" line="40"/>
        <source>Add %n Device(s)</source>
        <translation>添加 %n 台设备</translation>
    </message>
    <message>
        <location filename="../../ui/commands/editracks.cpp" line="30"/>
        <source>Rack %1</source>
        <translation>机柜 %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/editracks.cpp" line="35"/>
        <source>New Rack</source>
        <translation>新建机柜</translation>
    </message>
    <message>
        <location filename="../../ui/commands/editracks.cpp" line="72"/>
        <source>Move %n Device(s) into Rack</source>
        <translation>将 %n 台设备移入机柜</translation>
    </message>
</context>
<context>
    <name>cs::BlockLayerItem</name>
    <message>
        <location filename="../../ui/blocklayeritem.cpp" line="149"/>
        <source>SU %1</source>
        <translation>SU %1</translation>
    </message>
    <message>
        <location filename="../../ui/blocklayeritem.cpp" line="152"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/blocklayeritem.cpp" line="154"/>
        <source>%1 · plane %2</source>
        <translation>%1 · 平面 %2</translation>
    </message>
    <message>
        <location filename="../../ui/blocklayeritem.cpp" line="164"/>
        <source>%1 GPUs · %2 servers</source>
        <translation>%1 个 GPU · %2 台服务器</translation>
    </message>
    <message>
        <location filename="../../ui/blocklayeritem.cpp" line="166"/>
        <source>%1 switches</source>
        <translation>%1 台交换机</translation>
    </message>
    <message>
        <location filename="../../ui/blocklayeritem.cpp" line="168"/>
        <source>%1 storage systems</source>
        <translation>%1 套存储</translation>
    </message>
    <message>
        <location filename="../../ui/blocklayeritem.cpp" line="170"/>
        <source>%1 CPU servers</source>
        <translation>%1 台 CPU 服务器</translation>
    </message>
    <message>
        <location filename="../../ui/blocklayeritem.cpp" line="172"/>
        <source>%1 racks · %2 kW</source>
        <translation>%1 个机柜 · %2 kW</translation>
    </message>
    <message>
        <location filename="../../ui/blocklayeritem.cpp" line="173"/>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <location filename="../../ui/blocklayeritem.cpp" line="180"/>
        <source>%1 × %2G out · %3</source>
        <translation>%1 × %2G 出 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/blocklayeritem.cpp" line="184"/>
        <source>%1 cables out · %2</source>
        <translation>%1 条线缆出 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/blocklayeritem.cpp" line="191"/>
        <source>%1 × %2G</source>
        <translation>%1 × %2G</translation>
    </message>
    <message>
        <location filename="../../ui/blocklayeritem.cpp" line="191"/>
        <source>%1 cables</source>
        <translation>%1 条线缆</translation>
    </message>
</context>
<context>
    <name>cs::BomDock</name>
    <message>
        <location filename="../../ui/bomdock.cpp" line="46"/>
        <source>Bill of Materials</source>
        <translation>物料清单</translation>
    </message>
    <message>
        <location filename="../../ui/bomdock.cpp" line="49"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../ui/bomdock.cpp" line="49"/>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location filename="../../ui/bomdock.cpp" line="49"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/bomdock.cpp" line="49"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../../ui/bomdock.cpp" line="49"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/bomdock.cpp" line="49"/>
        <source>GPUs</source>
        <translation>GPU数</translation>
    </message>
    <message>
        <location filename="../../ui/bomdock.cpp" line="50"/>
        <source>Rack units</source>
        <translation>机柜U数</translation>
    </message>
    <message>
        <location filename="../../ui/bomdock.cpp" line="50"/>
        <source>Max power (kW)</source>
        <translation>最大功率 (kW)</translation>
    </message>
    <message>
        <location filename="../../ui/bomdock.cpp" line="52"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../ui/bomdock.cpp" line="52"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../../ui/bomdock.cpp" line="52"/>
        <source>Runs</source>
        <translation>链路数</translation>
    </message>
    <message>
        <location filename="../../ui/bomdock.cpp" line="52"/>
        <source>Cables</source>
        <translation>线缆数</translation>
    </message>
    <message>
        <location filename="../../ui/bomdock.cpp" line="52"/>
        <source>Transceivers</source>
        <translation>光模块数</translation>
    </message>
    <message>
        <location filename="../../ui/bomdock.cpp" line="53"/>
        <source>Power (W)</source>
        <translation>功率 (W)</translation>
    </message>
    <message>
        <location filename="../../ui/bomdock.cpp" line="53"/>
        <source>Cable</source>
        <translation>线缆</translation>
    </message>
    <message>
        <location filename="../../ui/bomdock.cpp" line="57"/>
        <source>bom-devices</source>
        <translation>物料清单-设备</translation>
    </message>
    <message>
        <location filename="../../ui/bomdock.cpp" line="58"/>
        <source>bom-cables</source>
        <translation>物料清单-线缆</translation>
    </message>
    <message>
        <location filename="../../ui/bomdock.cpp" line="124"/>
        <source>%1 devices · %2 GPUs · %3 U · %4 kW max · %5 cables · %6 transceivers</source>
        <translation>%1 台设备 · %2 块GPU · %3 U · 最大 %4 kW · %5 根线缆 · %6 个光模块</translation>
    </message>
</context>
<context>
    <name>cs::BudgetDock</name>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="131"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="33"/>
        <source>Step time</source>
        <translation>单步时间</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="35"/>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="37"/>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="38"/>
        <source>Memory per GPU</source>
        <translation>单卡显存</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="40"/>
        <source>Time to train</source>
        <translation>训练时长</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="42"/>
        <source>Time to train with failures</source>
        <translation>计入故障的训练时长</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="44"/>
        <source>Goodput</source>
        <translation>有效训练时间占比 (Goodput)</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="46"/>
        <source>Hot spares per scalable unit</source>
        <translation>每个可扩展单元的热备服务器</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="48"/>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="50"/>
        <source>Energy cost</source>
        <translation>电费</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="54"/>
        <source>Weights per GPU</source>
        <translation>单卡权重</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="56"/>
        <source>KV cache per GPU</source>
        <translation>单卡KV缓存</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="58"/>
        <source>Max batch</source>
        <translation>最大批大小</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="60"/>
        <source>Sequences in flight</source>
        <translation>并发序列数</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="62"/>
        <source>Time to first token</source>
        <translation>首token延迟</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="64"/>
        <source>Time per output token</source>
        <translation>每输出token延迟</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="66"/>
        <source>Tokens/s per GPU</source>
        <translation>单卡每秒token数</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="68"/>
        <source>Tokens/s per server</source>
        <translation>单服务器每秒token数</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="70"/>
        <source>Tokens/s, cluster</source>
        <translation>集群每秒token数</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="76"/>
        <source>Servers for the load</source>
        <translation>满足负载所需服务器</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="78"/>
        <source>GPUs for the load</source>
        <translation>满足负载所需GPU</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="80"/>
        <source>Power for the load</source>
        <translation>满足负载所需功率</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="174"/>
        <source>Budget line</source>
        <translation>预算项</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="174"/>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="174"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="174"/>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="174"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="174"/>
        <source>Cost</source>
        <translation>代价</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="180"/>
        <source>budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="207"/>
        <source>The plan cannot be estimated: %1</source>
        <translation>无法估算该方案:%1</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="270"/>
        <source>no capacity</source>
        <translation>无容量</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="271"/>
        <source>demand / capacity</source>
        <translation>需求 / 容量</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="277"/>
        <source>Cannot run beyond 100% of capacity; warns above %1%.</source>
        <translation>超过容量的 100% 即无法运行;超过 %1% 时警告。</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="278"/>
        <source>From the cost: warns from %1% of the step, fails from %2% or when the plan cannot run.</source>
        <translation>按代价判定:占步长 %1% 起警告,%2% 起不通过,方案无法运行时亦不通过。</translation>
    </message>
</context>
<context>
    <name>cs::CableTool</name>
    <message>
        <location filename="../../ui/cabletool.cpp" line="67"/>
        <source>No %1 cable: %2</source>
        <translation>无法连接%1线缆:%2</translation>
    </message>
</context>
<context>
    <name>cs::Category</name>
    <message>
        <location filename="../../ui/categorystyle.cpp" line="36"/>
        <location filename="../../core/report/report_content.cpp" line="59"/>
        <source>GPU server</source>
        <translation>GPU服务器</translation>
    </message>
    <message>
        <location filename="../../ui/categorystyle.cpp" line="37"/>
        <location filename="../../core/report/report_content.cpp" line="61"/>
        <source>CPU server</source>
        <translation>CPU服务器</translation>
    </message>
    <message>
        <location filename="../../ui/categorystyle.cpp" line="38"/>
        <location filename="../../core/report/report_content.cpp" line="63"/>
        <source>Switch</source>
        <translation>交换机</translation>
    </message>
    <message>
        <location filename="../../ui/categorystyle.cpp" line="39"/>
        <location filename="../../core/report/report_content.cpp" line="65"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
</context>
<context>
    <name>cs::ChartsDock</name>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="47"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="49"/>
        <source>TP communication</source>
        <translation>张量并行通信</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="51"/>
        <source>PP communication</source>
        <translation>流水并行通信</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="53"/>
        <source>DP exposed</source>
        <translation>数据并行通信(未重叠)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="55"/>
        <source>Pipeline bubble</source>
        <translation>流水线气泡</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="57"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="59"/>
        <source>EP all-to-all</source>
        <translation>专家并行 all-to-all</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="61"/>
        <source>CP exchange</source>
        <translation>上下文并行交换</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="66"/>
        <location filename="../../ui/chartsdock.cpp" line="393"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="68"/>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="70"/>
        <source>Optimizer state</source>
        <translation>优化器状态</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="72"/>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="83"/>
        <source>GPU servers</source>
        <translation>GPU服务器</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="84"/>
        <source>CPU servers</source>
        <translation>CPU服务器</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="85"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="86"/>
        <source>Switches: compute</source>
        <translation>交换机:GPU计算网络</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="87"/>
        <source>Switches: storage</source>
        <translation>交换机:数据存储网络</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="88"/>
        <source>Switches: uplink</source>
        <translation>交换机:上行业务网络</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="89"/>
        <source>Switches: in-band</source>
        <translation>交换机:带内管理网络</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="90"/>
        <source>Switches: out-of-band</source>
        <translation>交换机:带外管理网络</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="91"/>
        <source>Switches: no network</source>
        <translation>交换机:未归属网络</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="92"/>
        <source>Cooling and power losses (PUE)</source>
        <translation>制冷与供配电损耗 (PUE)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="167"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="171"/>
        <source>Step time</source>
        <translation>单步时间</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="171"/>
        <source>Memory per GPU</source>
        <translation>单卡显存</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="171"/>
        <source>Rack power</source>
        <translation>机柜功率</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="172"/>
        <source>Scaling</source>
        <translation>扩展性</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="173"/>
        <source>Throughput vs latency</source>
        <translation>吞吐与延迟</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="174"/>
        <source>Servers vs load</source>
        <translation>服务器与负载</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="290"/>
        <source>Waiting for the plan&apos;s estimate.</source>
        <translation>正在等待方案的估算。</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="294"/>
        <source>The plan cannot be estimated:
%1</source>
        <translation>无法估算该方案:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="299"/>
        <source>The plan cannot run:
%1</source>
        <translation>方案无法运行:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="396"/>
        <source>Activations and runtime reserve</source>
        <translation>激活值与运行时预留</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="499"/>
        <source>Fastest plan at each size (%1)</source>
        <translation>各规模下的最快方案 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="512"/>
        <source>This plan (days)</source>
        <translation>当前方案 (天)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="521"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="531"/>
        <source>Time to train (days)</source>
        <translation>训练时长 (天)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="544"/>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="544"/>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="563"/>
        <source>IT equipment</source>
        <translation>IT设备</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="563"/>
        <source>Facility (PUE %1)</source>
        <translation>设施 (PUE %1)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="566"/>
        <source>Power at load (%1)</source>
        <translation>负载功率 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="581"/>
        <source>Facility energy of the run (MWh)</source>
        <translation>训练任务设施能耗 (MWh)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="583"/>
        <source>Energy cost (%1, at %2 %1 per kWh)</source>
        <translation>能源成本（%1，按每千瓦时 %2 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="588"/>
        <source>Cost (%1)</source>
        <translation>成本（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="647"/>
        <source>No replica fits in GPU memory at batch %1: no load can be served.
Lower the batch, raise TP or use a smaller precision.</source>
        <translation>批大小为 %1 时没有副本能放入GPU显存:无法承载任何负载。
请降低批大小、提高TP或使用更低精度。</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="586"/>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="586"/>
        <source>Cost</source>
        <translation>电费</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="587"/>
        <source>Energy (MWh)</source>
        <translation>能耗 (MWh)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="592"/>
        <source>%1 MWh</source>
        <translation>%1 MWh</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="337"/>
        <source>Inference plans only: this scenario trains.</source>
        <translation>仅适用于推理方案:此场景为训练任务。</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="614"/>
        <source>Compute (where it bounds)</source>
        <translation>计算 (为瓶颈时)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="615"/>
        <source>HBM read (where it bounds)</source>
        <translation>HBM读取 (为瓶颈时)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="616"/>
        <source>TP all-reduce</source>
        <translation>张量并行 all-reduce</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="617"/>
        <source>Waiting for the running iteration</source>
        <translation>等待正在运行的迭代</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="622"/>
        <source>Prefill:
time to first token</source>
        <translation>预填充:
首token延迟</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="622"/>
        <source>Decode:
time per output token</source>
        <translation>解码:
每输出token延迟</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="624"/>
        <location filename="../../ui/chartsdock.cpp" line="625"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="626"/>
        <source>Latency (ms)</source>
        <translation>延迟 (ms)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="221"/>
        <source>Save chart as PNG…</source>
        <translation>将图表保存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="222"/>
        <source>Save chart as PDF…</source>
        <translation>将图表保存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="228"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="358"/>
        <source>One training step</source>
        <translation>一个训练步</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="359"/>
        <source>Time per step (s)</source>
        <translation>单步时间 (秒)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="378"/>
        <location filename="../../ui/chartsdock.cpp" line="401"/>
        <source>GPU memory capacity</source>
        <translation>GPU显存容量</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="376"/>
        <source>Per GPU (first pipeline stage)</source>
        <translation>单卡(第一个流水线阶段)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="172"/>
        <source>Time to train</source>
        <translation>训练时长</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="172"/>
        <source>Power</source>
        <translation>功率</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="173"/>
        <source>Energy and cost</source>
        <translation>能耗与电费</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="173"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="184"/>
        <source>Right-click to save this chart as PNG, PDF or SVG</source>
        <translation>右键单击可将此图表保存为 PNG、PDF 或 SVG</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="223"/>
        <source>Save chart as SVG…</source>
        <translation>将图表保存为 SVG…</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="229"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="230"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="248"/>
        <source>Could not save the chart.
%1</source>
        <translation>无法保存图表。
%1</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="333"/>
        <source>Training plans only: this scenario is an inference plan.</source>
        <translation>仅适用于训练方案:此场景为推理方案。</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="362"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="379"/>
        <location filename="../../ui/chartsdock.cpp" line="402"/>
        <source>Memory (GiB)</source>
        <translation>显存 (GiB)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="394"/>
        <source>KV cache (batch %1 at full context)</source>
        <translation>KV缓存 (批大小 %1,满上下文)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="395"/>
        <source>Free for more sequences</source>
        <translation>空闲 (可容纳更多序列)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="398"/>
        <source>Per GPU (TP %1)</source>
        <translation>单卡(TP %1)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="399"/>
        <source>Usable for weights and KV (%1%)</source>
        <translation>可用于权重和KV缓存 (%1%)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="422"/>
        <source>Power at training load</source>
        <translation>训练负载功率</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="425"/>
        <source>Rack power limit</source>
        <translation>机柜功率上限</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="432"/>
        <source>Rack</source>
        <translation>机柜</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="434"/>
        <source>Rack (number, in rack order)</source>
        <translation>机柜 (按机柜顺序编号)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="437"/>
        <source>Power (kW)</source>
        <translation>功率 (kW)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="471"/>
        <location filename="../../ui/chartsdock.cpp" line="530"/>
        <source>Cluster size (GPUs)</source>
        <translation>集群规模 (GPU数)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="483"/>
        <source> this design: %1 GPUs</source>
        <translation> 本设计:%1 张GPU</translation>
    </message>
    <message>
        <location filename="../../ui/servingcharts.cpp" line="73"/>
        <source>first token ≤ %1 s</source>
        <translation>首token ≤ %1 s</translation>
    </message>
    <message>
        <location filename="../../ui/servingcharts.cpp" line="75"/>
        <source>%1 ms per token</source>
        <translation>每token %1 ms</translation>
    </message>
    <message>
        <location filename="../../ui/servingcharts.cpp" line="103"/>
        <source>Batch sizes that fit in memory</source>
        <translation>显存可容纳的批大小</translation>
    </message>
    <message>
        <location filename="../../ui/servingcharts.cpp" line="104"/>
        <source>Within the targets (%1)</source>
        <translation>满足目标(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/servingcharts.cpp" line="109"/>
        <source>Beyond GPU memory</source>
        <translation>超出GPU显存</translation>
    </message>
    <message>
        <location filename="../../ui/servingcharts.cpp" line="110"/>
        <source>Beyond the targets or GPU memory</source>
        <translation>超出目标或GPU显存</translation>
    </message>
    <message>
        <location filename="../../ui/servingcharts.cpp" line="114"/>
        <source>Time-per-output-token target</source>
        <translation>每输出token延迟目标</translation>
    </message>
    <message>
        <location filename="../../ui/servingcharts.cpp" line="117"/>
        <source>This plan: batch %1</source>
        <translation>本方案:批大小 %1</translation>
    </message>
    <message>
        <location filename="../../ui/servingcharts.cpp" line="119"/>
        <source>batch %1
%2 ms per token, first token %3 s
%4 tokens/s per GPU</source>
        <translation>批大小 %1
每token %2 ms,首token %3 s
单卡每秒 %4 token</translation>
    </message>
    <message>
        <location filename="../../ui/servingcharts.cpp" line="123"/>
        <source>Time per output token (ms)</source>
        <translation>每输出token延迟 (ms)</translation>
    </message>
    <message>
        <location filename="../../ui/servingcharts.cpp" line="124"/>
        <source>Output tokens/s per GPU</source>
        <translation>单卡每秒输出token数</translation>
    </message>
    <message>
        <location filename="../../ui/servingcharts.cpp" line="140"/>
        <source>Servers needed</source>
        <translation>所需服务器数</translation>
    </message>
    <message>
        <location filename="../../ui/servingcharts.cpp" line="144"/>
        <source>Servers in this plan (%1)</source>
        <translation>本方案的服务器数(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/servingcharts.cpp" line="149"/>
        <source>requests/s</source>
        <translation>请求/s</translation>
    </message>
    <message>
        <location filename="../../ui/servingcharts.cpp" line="149"/>
        <source>output tokens/s</source>
        <translation>输出token/s</translation>
    </message>
    <message>
        <location filename="../../ui/servingcharts.cpp" line="152"/>
        <source>The plan&apos;s load</source>
        <translation>本方案的负载</translation>
    </message>
    <message>
        <location filename="../../ui/servingcharts.cpp" line="153"/>
        <source>%1 %2: %3 servers
%4 GPUs, %5 kW</source>
        <translation>%1 %2:%3 台服务器
%4 块GPU,%5 kW</translation>
    </message>
    <message>
        <location filename="../../ui/servingcharts.cpp" line="163"/>
        <source>Load (%1)</source>
        <translation>负载 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/servingcharts.cpp" line="164"/>
        <source>GPU servers needed</source>
        <translation>所需GPU服务器数</translation>
    </message>
</context>
<context>
    <name>cs::Commands</name>
    <message numerus="yes">
        <location filename="../../ui/commands/addcables.cpp" line="13"/>
        <source>Add %n %1 Cable(s)</source>
        <translation>
            <numerusform>添加 %n 条%1线缆</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/movedevices.cpp" line="60"/>
        <source>Move %n Device(s)</source>
        <translation>
            <numerusform>移动 %n 台设备</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/movedevices.cpp" line="93"/>
        <source>Align %n Device(s)</source>
        <translation>
            <numerusform>对齐 %n 台设备</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/removeitems.cpp" line="42"/>
        <source>Delete %n Item(s)</source>
        <translation>
            <numerusform>删除 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/commands/changefailures.cpp" line="51"/>
        <source>Fail %1</source>
        <translation>模拟故障 %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/changefailures.cpp" line="52"/>
        <source>Restore %1</source>
        <translation>恢复 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/changefailures.cpp" line="55"/>
        <source>Fail %n Item(s)</source>
        <translation>
            <numerusform>模拟 %n 项故障</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/changefailures.cpp" line="56"/>
        <source>Restore %n Item(s)</source>
        <translation>
            <numerusform>恢复 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/commands/changefailures.cpp" line="114"/>
        <source>Fail Plane %1</source>
        <translation>模拟平面 %1 故障</translation>
    </message>
    <message>
        <location filename="../../ui/commands/changefailures.cpp" line="134"/>
        <source>Restore All Failures</source>
        <translation>恢复全部故障</translation>
    </message>
</context>
<context>
    <name>cs::ComparisonDock</name>
    <message>
        <location filename="../../ui/comparisondock.cpp" line="48"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../ui/comparisondock.cpp" line="49"/>
        <source>TP comm.</source>
        <translation>张量并行通信</translation>
    </message>
    <message>
        <location filename="../../ui/comparisondock.cpp" line="50"/>
        <source>PP comm.</source>
        <translation>流水并行通信</translation>
    </message>
    <message>
        <location filename="../../ui/comparisondock.cpp" line="51"/>
        <source>DP exposed</source>
        <translation>数据并行通信(未重叠)</translation>
    </message>
    <message>
        <location filename="../../ui/comparisondock.cpp" line="52"/>
        <source>Bubble</source>
        <translation>流水线气泡</translation>
    </message>
    <message>
        <location filename="../../ui/comparisondock.cpp" line="53"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../ui/comparisondock.cpp" line="54"/>
        <source>EP all-to-all</source>
        <translation>专家并行 all-to-all</translation>
    </message>
    <message>
        <location filename="../../ui/comparisondock.cpp" line="55"/>
        <source>CP exchange</source>
        <translation>上下文并行交换</translation>
    </message>
    <message>
        <location filename="../../ui/comparisondock.cpp" line="77"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../ui/comparisondock.cpp" line="79"/>
        <source>sequences</source>
        <translation>序列</translation>
    </message>
    <message>
        <location filename="../../ui/comparisondock.cpp" line="107"/>
        <source>Compare Scenarios</source>
        <translation>场景对比</translation>
    </message>
    <message>
        <location filename="../../ui/comparisondock.cpp" line="115"/>
        <source>Tick two to four scenarios to compare</source>
        <translation>勾选两到四个场景进行对比</translation>
    </message>
    <message>
        <location filename="../../ui/comparisondock.cpp" line="124"/>
        <source>comparison</source>
        <translation>场景对比</translation>
    </message>
    <message>
        <location filename="../../ui/comparisondock.cpp" line="126"/>
        <source>Step time</source>
        <translation>单步时间</translation>
    </message>
    <message>
        <location filename="../../ui/comparisondock.cpp" line="126"/>
        <source>Scaling</source>
        <translation>扩展性</translation>
    </message>
    <message>
        <location filename="../../ui/comparisondock.cpp" line="140"/>
        <source>Scenarios (2–4):</source>
        <translation>场景(2–4 个):</translation>
    </message>
    <message>
        <location filename="../../ui/comparisondock.cpp" line="236"/>
        <source>A comparison needs two scenarios: add one, or duplicate this one, in the Plan dock.</source>
        <translation>对比至少需要两个场景:请在“方案”面板中添加一个场景,或复制当前场景。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/comparisondock.cpp" line="238"/>
        <source>Tick at least two scenarios (the design has %n).</source>
        <translation>
            <numerusform>请至少勾选两个场景(该设计共有 %n 个)。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/comparisondock.cpp" line="293"/>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location filename="../../ui/comparisondock.cpp" line="299"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/comparisondock.cpp" line="309"/>
        <source>%1 than %2: %3 %4</source>
        <translation>比“%2”%1 %3 %4</translation>
    </message>
    <message>
        <location filename="../../ui/comparisondock.cpp" line="310"/>
        <source>More</source>
        <translation>多</translation>
    </message>
    <message>
        <location filename="../../ui/comparisondock.cpp" line="310"/>
        <source>Less</source>
        <translation>少</translation>
    </message>
    <message>
        <location filename="../../ui/comparisondock.cpp" line="314"/>
        <source> (%1%2 %)</source>
        <translation>(%1%2 %)</translation>
    </message>
    <message>
        <location filename="../../ui/comparisondock.cpp" line="317"/>
        <location filename="../../ui/comparisondock.cpp" line="322"/>
        <source>Same as %1</source>
        <translation>与“%1”相同</translation>
    </message>
    <message>
        <location filename="../../ui/comparisondock.cpp" line="320"/>
        <source>Differs from %1: %2</source>
        <translation>与 %1 不同：%2</translation>
    </message>
    <message>
        <location filename="../../ui/comparisondock.cpp" line="324"/>
        <source>No estimate: see the messages beside the list</source>
        <translation>无估算结果:请查看列表旁的消息</translation>
    </message>
    <message>
        <location filename="../../ui/comparisondock.cpp" line="341"/>
        <source>Time per step (s)</source>
        <translation>单步时间 (秒)</translation>
    </message>
    <message>
        <location filename="../../ui/comparisondock.cpp" line="373"/>
        <source>GPUs</source>
        <translation>GPU数</translation>
    </message>
    <message>
        <location filename="../../ui/comparisondock.cpp" line="374"/>
        <source>Throughput (tokens/s)</source>
        <translation>吞吐量 (token/s)</translation>
    </message>
</context>
<context>
    <name>cs::DesignScene</name>
    <message>
        <location filename="../../ui/designscene.cpp" line="529"/>
        <source>%1 / %2 kW</source>
        <translation>%1 / %2 kW</translation>
    </message>
    <message>
        <location filename="../../ui/designscene.cpp" line="736"/>
        <source>Double-click to expand; zoom in to see every device.</source>
        <translation>双击展开；放大可查看每台设备。</translation>
    </message>
    <message>
        <location filename="../../ui/rackcaption.cpp" line="13"/>
        <source>air ≤ %1 kW</source>
        <translation>风冷 ≤ %1 kW</translation>
    </message>
    <message>
        <location filename="../../ui/rackcaption.cpp" line="15"/>
        <source>liquid %1 kW</source>
        <translation>液冷 %1 kW</translation>
    </message>
    <message>
        <location filename="../../ui/rackcaption.cpp" line="17"/>
        <source>%1/%2 kW · %3 · %4/%5 U</source>
        <translation>%1/%2 kW · %3 · %4/%5 U</translation>
    </message>
</context>
<context>
    <name>cs::DeviceItem</name>
    <message>
        <location filename="../../ui/deviceitem.cpp" line="326"/>
        <source>cut off</source>
        <translation>已断开</translation>
    </message>
    <message>
        <location filename="../../ui/deviceitem.cpp" line="335"/>
        <source>no storage</source>
        <translation>无存储</translation>
    </message>
</context>
<context>
    <name>cs::Diagnostic</name>
    <message>
        <location filename="../../core/rules/rules_cabling.cpp" line="121"/>
        <source>%1: the %2 ports of %3&apos;s %4 Gb/s cage carry %5 Gb/s</source>
        <translation>%1：%3 的 %4 Gb/s 端口笼的 %2 个拆分端口共承载 %5 Gb/s</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_cabling.cpp" line="122"/>
        <source>%1: the %2 ports of %3&apos;s %4 Gb/s NIC carry %5 Gb/s</source>
        <translation>%1：%3 的 %4 Gb/s 网卡的 %2 个拆分端口共承载 %5 Gb/s</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_cabling.cpp" line="128"/>
        <source>run the split ports at a lower speed, or cable one of them only</source>
        <translation>降低拆分端口的速率，或只连接其中一个</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_cabling.cpp" line="142"/>
        <source>%1: no %2 port is cabled (required, %3)</source>
        <translation>%1：没有连接任何 %2 端口（必需，%3）</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_cabling.cpp" line="146"/>
        <source>cable a %1 port to a %2 switch</source>
        <translation>将一个 %1 端口连接到 %2 交换机</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_cabling.cpp" line="153"/>
        <source>%1: its BMC is not on the out-of-band management network</source>
        <translation>%1：其 BMC 未接入带外管理网络</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_cabling.cpp" line="157"/>
        <source>cable its BMC / management port to an out-of-band (1GbE) switch</source>
        <translation>将其 BMC／管理端口连接到带外（1GbE）交换机</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_cabling.cpp" line="165"/>
        <source>%1: a %2 device must be on the %3 network</source>
        <translation>%1：%2 设备必须接入 %3 网络</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_cabling.cpp" line="169"/>
        <source>cable it to a %1 switch, or pick a device type with %1 ports</source>
        <translation>将其连接到 %1 交换机，或选用带 %1 端口的设备型号</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_cabling.cpp" line="179"/>
        <source>%1: %2 GPUs but %3 compute links (one NIC per GPU expected for training)</source>
        <translation>%1：%2 块 GPU 但只有 %3 条计算链路（训练要求每块 GPU 一块网卡）</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_cabling.cpp" line="184"/>
        <source>cable one compute NIC per GPU, or choose a server with a NIC per GPU</source>
        <translation>为每块 GPU 连接一块计算网卡，或选用每 GPU 配一块网卡的服务器</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_cabling.cpp" line="192"/>
        <source>%1: the catalog does not list %2 among the networks this switch is meant for</source>
        <translation>%1：目录中该交换机的适用网络不包括 %2</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_cabling.cpp" line="198"/>
        <source>use a switch made for %1</source>
        <translation>使用适用于 %1 的交换机</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_cabling.cpp" line="205"/>
        <source>%1: the catalog does not list &apos;%2&apos; among its tiers</source>
        <translation>%1：目录中该交换机的层级不包括“%2”</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_cabling.cpp" line="209"/>
        <source>use a switch with enough ports for the %1 tier</source>
        <translation>使用端口数足够 %1 层的交换机</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_cabling.cpp" line="222"/>
        <source>link %1 (%2 %3 - %4 %5)</source>
        <translation>链路 %1（%2 %3 - %4 %5）</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_cabling.cpp" line="232"/>
        <source>%1: marked %2 but joins a %3 port and a %4 port</source>
        <translation>%1：标记为 %2，但连接的是 %3 端口和 %4 端口</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_cabling.cpp" line="236"/>
        <source>move the cable to ports of the same network</source>
        <translation>将线缆改接到同一网络的端口</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_cabling.cpp" line="242"/>
        <source>%1: joins %2 and %3 ports; InfiniBand only meets InfiniBand</source>
        <translation>%1：连接了 %2 端口和 %3 端口；InfiniBand 只能与 InfiniBand 相连</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_cabling.cpp" line="246"/>
        <source>use ports of one medium (or a VPI port) at both ends</source>
        <translation>两端使用同一介质的端口（或 VPI 端口）</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_cabling.cpp" line="251"/>
        <source>%1: %2 Gb/s is not a speed both ports run</source>
        <translation>%1：%2 Gb/s 不是两端端口都支持的速率</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_cabling.cpp" line="255"/>
        <source>set a speed both ports list, or use faster ports</source>
        <translation>设置两端端口都支持的速率，或使用更快的端口</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_cabling.cpp" line="261"/>
        <source>%1: %2 Gb/s is not allowed on %3 (it allows %4)</source>
        <translation>%1：%3 不允许 %2 Gb/s（允许 %4）</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_cabling.cpp" line="265"/>
        <source>run the link at a speed the network allows</source>
        <translation>以该网络允许的速率运行链路</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_cabling.cpp" line="273"/>
        <source>%1: a %2 m run on %3, which reaches %4 m</source>
        <translation>%1：%2 米的走线使用了 %3，其传输距离仅 %4 米</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_cabling.cpp" line="278"/>
        <source>use %1 (%2), which reaches %3 m, or move the devices closer</source>
        <translation>改用 %1（%2），其可达 %3 米；或将设备移近</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_cabling.cpp" line="281"/>
        <source>no catalog cable at %1 Gb/s for these ports reaches %2 m: move the devices closer</source>
        <translation>目录中没有适合这些端口的 %1 Gb/s 线缆能达到 %2 米：请将设备移近</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_compute.cpp" line="71"/>
        <source>%1: %2 oversubscribed (%3 Gb/s down, %4 Gb/s up); training expects 1:1 (SuperPOD RA: balanced full fat tree)</source>
        <translation>%1：收敛比 %2（下行 %3 Gb/s，上行 %4 Gb/s）；训练要求 1:1（SuperPOD 参考架构：均衡的全胖树）</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_compute.cpp" line="77"/>
        <source>add uplinks (and spines) until up equals down</source>
        <translation>增加上行链路（和 Spine）直到上行等于下行</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_compute.cpp" line="83"/>
        <source>compute fabric: %1 leaf, %2 spine, %3 core switches; worst leaf oversubscription %4</source>
        <translation>计算网络：%1 台 Leaf、%2 台 Spine、%3 台 Core 交换机；Leaf 最大收敛比 %4</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_compute.cpp" line="87"/>
        <source>n/a (one switch)</source>
        <translation>不适用（单台交换机）</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_compute.cpp" line="146"/>
        <source>NIC %1 is on %2, its unit&apos;s NIC %1 on %3</source>
        <translation>网卡 %1 接在 %2 上，而其单元的网卡 %1 接在 %3 上</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_compute.cpp" line="150"/>
        <source>NIC %1 is on %2, a leaf of other rails</source>
        <translation>网卡 %1 接在 %2 上，这是其他轨道的 Leaf</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_compute.cpp" line="159"/>
        <source>%1: %2 compute link(s) off their rail (%3)</source>
        <translation>%1：%2 条计算链路偏离其轨道（%3）</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_compute.cpp" line="163"/>
        <source>cable NIC i of every server of a scalable unit to the same leaf</source>
        <translation>将可扩展单元内每台服务器的第 i 块网卡连接到同一台 Leaf</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_fabric.cpp" line="33"/>
        <source>{%1, ... (%2 devices)}</source>
        <translation>{%1, ……（共 %2 台设备）}</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_fabric.cpp" line="59"/>
        <source>%1 is %2 separate islands: %3</source>
        <translation>%1 分成了 %2 个互不相连的孤岛：%3</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_fabric.cpp" line="63"/>
        <source>cable the smaller islands to the largest one through a %1 switch</source>
        <translation>通过 %1 交换机把较小的孤岛连接到最大的孤岛</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_fabric.cpp" line="123"/>
        <source>the %1 network</source>
        <translation>%1 网络</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_fabric.cpp" line="140"/>
        <source>no switch serves the %1 network, which %2 device(s) have ports for</source>
        <translation>没有交换机服务%1网络，但有 %2 台设备具有该网络的端口</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_fabric.cpp" line="145"/>
        <source>add a %1 switch and cable every device&apos;s %1 port to it</source>
        <translation>添加一台 %1 交换机，并将每台设备的 %1 端口连接到它</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_fabric.cpp" line="180"/>
        <source>the design has GPU servers but no storage</source>
        <translation>设计中有 GPU 服务器但没有存储</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_fabric.cpp" line="183"/>
        <source>add storage nodes and cable them to the storage network</source>
        <translation>添加存储节点并将其连接到存储网络</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_fabric.cpp" line="193"/>
        <source>%1 GPU server(s) %2 reach no storage over the storage network</source>
        <translation>%1 台 GPU 服务器 %2 无法通过存储网络访问任何存储</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_fabric.cpp" line="198"/>
        <source>connect their storage switches to the fabric that holds the storage nodes</source>
        <translation>将它们的存储交换机连接到存储节点所在的网络</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_planes.cpp" line="65"/>
        <source>its %1 compute links reach plane(s) %2 of %3</source>
        <translation>其 %1 条计算链路只到达 %3 个平面中的平面 %2</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_planes.cpp" line="71"/>
        <source>the ports of its NIC at %1 share plane %2</source>
        <translation>其位于 %1 的网卡的各端口共用平面 %2</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_planes.cpp" line="86"/>
        <source>%1: %2; every GPU reaches every plane it has ports for</source>
        <translation>%1：%2；每块 GPU 应到达其端口可及的每个平面</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_planes.cpp" line="90"/>
        <source>cable the NIC ports of each GPU to different planes, one port per plane</source>
        <translation>将每块 GPU 的网卡端口连接到不同平面，每个平面一个端口</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_planes.cpp" line="113"/>
        <source>%1 (%2 servers)</source>
        <translation>%1（%2 台服务器）</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_planes.cpp" line="120"/>
        <source>one compute fabric joins GPU generations %1: collectives run at the pace of the slowest GPU</source>
        <translation>同一计算网络连接了不同代 GPU：%1；集合通信将以最慢的 GPU 为准</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_planes.cpp" line="125"/>
        <source>give each GPU generation its own compute fabric (or job partition)</source>
        <translation>为每一代 GPU 提供独立的计算网络（或作业分区）</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_planes.cpp" line="160"/>
        <source>link %1 joins %2 (plane %3) and %4 (plane %5); planes never meet</source>
        <translation>链路 %1 连接了 %2（平面 %3）和 %4（平面 %5）；平面之间不应相连</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_planes.cpp" line="166"/>
        <source>cable each switch only to switches of its own plane</source>
        <translation>每台交换机只连接到同一平面的交换机</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_planes.cpp" line="217"/>
        <source>plane %1 of the compute network</source>
        <translation>计算网络的平面 %1</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_planes.cpp" line="230"/>
        <source>the compute network</source>
        <translation>计算网络</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_planes.cpp" line="250"/>
        <source>the compute network&apos;s %1 rail islands form %2 groups that no scale-up domain joins: %3</source>
        <translation>计算网络的 %1 个轨道孤岛构成 %2 组，没有任何纵向扩展域把它们连起来：%3</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_planes.cpp" line="255"/>
        <source>give every scale-up domain a NIC on a rail of each group, or add a spine</source>
        <translation>让每个纵向扩展域在每组的某条轨道上都有网卡，或增加 Spine</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_racks.cpp" line="58"/>
        <source>rack %1: its devices draw up to %2, over its %3</source>
        <translation>机柜 %1：设备最大功耗 %2，超过其 %3</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_racks.cpp" line="62"/>
        <source>move devices to another rack or raise the rack&apos;s power limit</source>
        <translation>将设备移到其他机柜，或提高机柜的功率上限</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_racks.cpp" line="68"/>
        <source>rack %1: %2 in an air-cooled rack, above the %3 that the densest air-cooled reference designs reach</source>
        <translation>机柜 %1：风冷机柜内 %2，超过最高密度风冷参考设计的 %3</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_racks.cpp" line="73"/>
        <source>cool the rack with liquid (and declare its capacity) or spread the devices</source>
        <translation>改用液冷（并声明其容量），或分散设备</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_racks.cpp" line="80"/>
        <source>rack %1: its devices draw up to %2, over the %3 its liquid cooling removes</source>
        <translation>机柜 %1：设备最大功耗 %2，超过其液冷可带走的 %3</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_racks.cpp" line="84"/>
        <source>rack %1: its devices draw up to %2; the liquid-cooled rack declares no cooling capacity</source>
        <translation>机柜 %1：设备最大功耗 %2；该液冷机柜未声明冷却容量</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_racks.cpp" line="90"/>
        <source>declare the rack&apos;s cooling capacity (kW) or move devices out</source>
        <translation>声明机柜的冷却容量（kW），或移出设备</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_racks.cpp" line="98"/>
        <source>rack %1: %2 and %3 more need liquid cooling, the rack is air-cooled</source>
        <translation>机柜 %1：%2 及另外 %3 台设备需要液冷，但该机柜为风冷</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_racks.cpp" line="103"/>
        <source>rack %1: %2 needs liquid cooling, the rack is air-cooled</source>
        <translation>机柜 %1：%2 需要液冷，但该机柜为风冷</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_racks.cpp" line="108"/>
        <source>make the rack liquid-cooled (with its capacity) or use air-cooled models</source>
        <translation>将机柜改为液冷（并声明容量），或改用风冷型号</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_racks.cpp" line="114"/>
        <source>rack %1: its devices need %2 U of %3 U</source>
        <translation>机柜 %1：设备需要 %2 U，机柜只有 %3 U</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_racks.cpp" line="118"/>
        <source>move devices to another rack</source>
        <translation>将设备移到其他机柜</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_racks.cpp" line="127"/>
        <source>rack %1: %2 and %3 both occupy U%4</source>
        <translation>机柜 %1：%2 和 %3 都占用了 U%4</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_racks.cpp" line="132"/>
        <source>give each device its own rack units</source>
        <translation>为每台设备分配独立的机柜 U 位</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_scaleup.cpp" line="35"/>
        <source>%1 of its %2 NVLink switch trays</source>
        <translation>只有 %1 个（应有 %2 个）NVLink 交换托盘</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_scaleup.cpp" line="49"/>
        <source>%1 reaches %2 of %3</source>
        <translation>%1 只连到 %3 个中的 %2 个</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_scaleup.cpp" line="54"/>
        <source>%1 tray(s) not cabled to every switch tray (%2)</source>
        <translation>%1 个托盘未连接到每个交换托盘（%2）</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_scaleup.cpp" line="57"/>
        <source>%1 GPUs in a %2-GPU domain</source>
        <translation>%2-GPU 的域中有 %1 块 GPU</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_scaleup.cpp" line="67"/>
        <source>the NVLink domain of %1 is incomplete: %2</source>
        <translation>%1 所在的 NVLink 域不完整：%2</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_scaleup.cpp" line="71"/>
        <source>give the rack all its NVLink switch trays and cable every compute tray to each of them</source>
        <translation>为机柜配齐所有 NVLink 交换托盘，并将每个计算托盘连接到每个交换托盘</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_scaleup.cpp" line="109"/>
        <source>scenario &apos;%1&apos;: %2 %3 is larger than the %4-GPU NVLink domain of %5, so a %2 group spans two domains</source>
        <translation>场景“%1”：%2 %3 大于 %5 所在的 %4-GPU NVLink 域，一个 %2 组将跨越两个域</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_scaleup.cpp" line="112"/>
        <source>scenario &apos;%1&apos;: %2 %3 does not divide the %4-GPU NVLink domain of %5, so a %2 group spans two domains</source>
        <translation>场景“%1”：%2 %3 不能整除 %5 所在的 %4-GPU NVLink 域，一个 %2 组将跨越两个域</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_scaleup.cpp" line="118"/>
        <source>choose a %1 size that divides %2</source>
        <translation>选择能整除 %2 的 %1 大小</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_suitability.cpp" line="29"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_suitability.cpp" line="46"/>
        <source>scenario &apos;%1&apos;: the suitability table does not mark the server %2 for %3 %4 (it marks %5)</source>
        <translation>场景“%1”：适用性表未将服务器 %2 标为适合 %3 %4（适合的是 %5）</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_suitability.cpp" line="48"/>
        <source>scenario &apos;%1&apos;: the suitability table does not mark the GPU %2 for %3 %4 (it marks %5)</source>
        <translation>场景“%1”：适用性表未将 GPU %2 标为适合 %3 %4（适合的是 %5）</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_suitability.cpp" line="53"/>
        <source>choose a server the table marks for this scale and scenario</source>
        <translation>选择适用性表标为适合该规模和场景的服务器</translation>
    </message>
    <message>
        <location filename="../../core/rules/rules_suitability.cpp" line="55"/>
        <source>choose a GPU the table marks for this scale and scenario</source>
        <translation>选择适用性表标为适合该规模和场景的 GPU</translation>
    </message>
</context>
<context>
    <name>cs::DiagnosticsDock</name>
    <message>
        <location filename="../../ui/diagnosticsdock.cpp" line="35"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/diagnosticsdock.cpp" line="37"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/diagnosticsdock.cpp" line="41"/>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../../ui/diagnosticsdock.cpp" line="47"/>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location filename="../../ui/diagnosticsdock.cpp" line="53"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/diagnosticsdock.cpp" line="53"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/diagnosticsdock.cpp" line="53"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../ui/diagnosticsdock.cpp" line="56"/>
        <source>diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/diagnosticsdock.cpp" line="100"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/diagnosticsdock.cpp" line="102"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::DiagramView</name>
    <message>
        <location filename="../../ui/diagramexport.cpp" line="112"/>
        <source>%1 network</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../ui/diagramexport.cpp" line="114"/>
        <source>All networks</source>
        <translation>全部网络</translation>
    </message>
    <message>
        <location filename="../../ui/diagramexport.cpp" line="200"/>
        <source>scale %1 of the canvas (1 unit = %2 mm)</source>
        <translation>比例 %1(画布 1 单位 = %2 毫米)</translation>
    </message>
    <message>
        <location filename="../../ui/diagramexport.cpp" line="269"/>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../ui/diagramexport.cpp" line="276"/>
        <source>%1 (%2 cables)</source>
        <translation>%1(%2 条线缆)</translation>
    </message>
    <message>
        <location filename="../../ui/diagramexport.cpp" line="280"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/diagramexport.cpp" line="290"/>
        <source>Blocks</source>
        <translation>区块</translation>
    </message>
    <message>
        <location filename="../../ui/diagramexport.cpp" line="291"/>
        <source>a rack, or switches side by side: name and devices</source>
        <translation>机柜或并排的交换机:名称与设备</translation>
    </message>
    <message>
        <location filename="../../ui/diagramexport.cpp" line="294"/>
        <source>the cables between two blocks, one line per network, wider for more</source>
        <translation>两个区块之间的线缆:每个网络一条线,线缆越多线越粗</translation>
    </message>
    <message>
        <location filename="../../ui/diagramexport.cpp" line="403"/>
        <source>sheet 1: overview</source>
        <translation>第 1 张:总览</translation>
    </message>
    <message>
        <location filename="../../ui/diagramexport.cpp" line="425"/>
        <source>sheet %1: row %2 of %3, column %4 of %5</source>
        <translation>第 %1 张:第 %2/%3 行,第 %4/%5 列</translation>
    </message>
    <message>
        <location filename="../../ui/diagramsheets.cpp" line="61"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/diagramsheets.cpp" line="131"/>
        <source>overview; detail sheets 1 to %1 of %2 follow (export the diagram for all)</source>
        <translation>总览;其后为第 1 至 %1 张详图,共 %2 张(导出图纸可得全部)</translation>
    </message>
    <message>
        <location filename="../../ui/diagramsheets.cpp" line="129"/>
        <source>overview; %1 detail sheets follow</source>
        <translation>总览;其后为 %1 张详图</translation>
    </message>
    <message>
        <location filename="../../ui/diagramsheets.cpp" line="136"/>
        <source>overview; %1 of %2 detail sheets follow, switches first (export for all)</source>
        <translation>概览；随后是 %2 张详图中的 %1 张，交换机优先（导出图纸可查看全部）</translation>
    </message>
    <message>
        <location filename="../../ui/diagramsheets.cpp" line="144"/>
        <source>detail %1 of %2</source>
        <translation>详图 %1/%2</translation>
    </message>
</context>
<context>
    <name>cs::DocumentAnalysis</name>
    <message>
        <location filename="../../ui/documentanalysis.cpp" line="120"/>
        <source>The design has no scenario: add one to plan a training run on it.</source>
        <translation>该设计没有场景:请添加一个场景以规划训练任务。</translation>
    </message>
</context>
<context>
    <name>cs::ExportNotice</name>
    <message>
        <location filename="../../ui/exportnotice.cpp" line="21"/>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/exportnotice.cpp" line="39"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
</context>
<context>
    <name>cs::FindBar</name>
    <message>
        <location filename="../../ui/findbar.cpp" line="32"/>
        <source>Find devices by name, type or role</source>
        <translation>按名称、型号或角色查找设备</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="38"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配 (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="41"/>
        <source>Next match (Enter)</source>
        <translation>下一个匹配 (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="43"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="44"/>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏 (Esc)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/findbar.cpp" line="85"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="94"/>
        <source>%1 of %2</source>
        <translation>第 %1 个,共 %2 个</translation>
    </message>
</context>
<context>
    <name>cs::FloorPlanDock</name>
    <message>
        <location filename="../../ui/floorplandock.cpp" line="201"/>
        <source>Floor Plan</source>
        <translation>平面布置图</translation>
    </message>
    <message>
        <location filename="../../ui/floorplandock.cpp" line="211"/>
        <source>Colour by load</source>
        <translation>按负载着色</translation>
    </message>
    <message>
        <location filename="../../ui/floorplandock.cpp" line="212"/>
        <source>Colour by cooling</source>
        <translation>按散热方式着色</translation>
    </message>
    <message>
        <location filename="../../ui/floorplandock.cpp" line="214"/>
        <source>What a rack&apos;s colour says: its devices&apos; full-load power against its feed, or how it is cooled</source>
        <translation>机柜颜色的含义：其设备满载功率占供电上限的比例，或其散热方式</translation>
    </message>
    <message>
        <location filename="../../ui/floorplandock.cpp" line="216"/>
        <source>Zoom to Fit</source>
        <translation>缩放至全部</translation>
    </message>
    <message>
        <location filename="../../ui/floorplandock.cpp" line="217"/>
        <source>Show the whole hall; the mouse wheel zooms, a drag pans</source>
        <translation>显示整个机房；滚轮缩放，拖动平移</translation>
    </message>
    <message>
        <location filename="../../ui/floorplandock.cpp" line="220"/>
        <source>The design has no rack. Racks placed on the canvas stand here in rows, seen from above.</source>
        <translation>设计中没有机柜。画布上放置的机柜会按排显示在这里（俯视）。</translation>
    </message>
    <message>
        <location filename="../../ui/floorplanexport.cpp" line="27"/>
        <source>%1 — floor plan</source>
        <translation>%1 — 平面布置图</translation>
    </message>
    <message>
        <location filename="../../ui/floorplanexport.cpp" line="122"/>
        <source>%1, rows %2 to %3 of %4</source>
        <translation>%1，第 %2 至 %3 排（共 %4 排）</translation>
    </message>
    <message>
        <location filename="../../ui/floorplanexport.cpp" line="128"/>
        <source> (part %1 of %2 across)</source>
        <translation>（横向第 %1 部分，共 %2 部分）</translation>
    </message>
</context>
<context>
    <name>cs::FloorPlanSheet</name>
    <message>
        <location filename="../../ui/floorplansheet.cpp" line="63"/>
        <source>1 rack</source>
        <translation>1 个机柜</translation>
    </message>
    <message>
        <location filename="../../ui/floorplansheet.cpp" line="64"/>
        <source>%1 racks</source>
        <translation>%1 个机柜</translation>
    </message>
    <message>
        <location filename="../../ui/floorplansheet.cpp" line="69"/>
        <source>%1 · %2 kW · %3 GPUs</source>
        <translation>%1 · %2 kW · %3 个 GPU</translation>
    </message>
    <message>
        <location filename="../../ui/floorplansheet.cpp" line="75"/>
        <source>air</source>
        <translation>风冷</translation>
    </message>
    <message>
        <location filename="../../ui/floorplansheet.cpp" line="76"/>
        <source>liquid</source>
        <translation>液冷</translation>
    </message>
    <message>
        <location filename="../../ui/floorplansheet.cpp" line="90"/>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../../ui/floorplansheet.cpp" line="92"/>
        <source>below %1 %</source>
        <translation>低于 %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/floorplansheet.cpp" line="95"/>
        <location filename="../../ui/floorplansheet.cpp" line="98"/>
        <source>%1–%2 %</source>
        <translation>%1–%2 %</translation>
    </message>
    <message>
        <location filename="../../ui/floorplansheet.cpp" line="101"/>
        <source>%1 % or more, or no limit</source>
        <translation>%1 % 及以上，或无上限</translation>
    </message>
    <message>
        <location filename="../../ui/floorplansheet.cpp" line="105"/>
        <source>air-cooled</source>
        <translation>风冷</translation>
    </message>
    <message>
        <location filename="../../ui/floorplansheet.cpp" line="107"/>
        <source>liquid-cooled</source>
        <translation>液冷</translation>
    </message>
    <message>
        <location filename="../../ui/floorplansheet.cpp" line="110"/>
        <source>front (cold side)</source>
        <translation>正面（冷侧）</translation>
    </message>
    <message>
        <location filename="../../ui/floorplansheet.cpp" line="112"/>
        <source>over a limit</source>
        <translation>超出限制</translation>
    </message>
    <message>
        <location filename="../../ui/floorplansheet.cpp" line="118"/>
        <source>Colour: full-load power against the rack&apos;s feed:</source>
        <translation>颜色：满载功率占机柜供电的比例：</translation>
    </message>
    <message>
        <location filename="../../ui/floorplansheet.cpp" line="120"/>
        <source>Colour: the rack&apos;s cooling:</source>
        <translation>颜色：机柜散热方式：</translation>
    </message>
    <message>
        <location filename="../../ui/floorplansheet.cpp" line="171"/>
        <source>Row %1 · %2</source>
        <translation>第 %1 排 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/floorplansheet.cpp" line="182"/>
        <source>%1 of %2 kW at full load (%3 %)</source>
        <translation>满载 %1 / %2 kW（%3 %）</translation>
    </message>
    <message>
        <location filename="../../ui/floorplansheet.cpp" line="185"/>
        <source>%1 kW at full load, no power limit</source>
        <translation>满载 %1 kW，无功率上限</translation>
    </message>
    <message>
        <location filename="../../ui/floorplansheet.cpp" line="188"/>
        <source>Row %1, place %2</source>
        <translation>第 %1 排，第 %2 位</translation>
    </message>
    <message>
        <location filename="../../ui/floorplansheet.cpp" line="191"/>
        <source>%1 devices · %2 GPUs</source>
        <translation>%1 台设备 · %2 个 GPU</translation>
    </message>
    <message>
        <location filename="../../ui/floorplansheet.cpp" line="195"/>
        <source>Cooling: %1, %2 kW</source>
        <translation>散热：%1，%2 kW</translation>
    </message>
    <message>
        <location filename="../../ui/floorplansheet.cpp" line="200"/>
        <source>Over a limit: power, cooling or height</source>
        <translation>超出限制：功率、散热或高度</translation>
    </message>
    <message>
        <location filename="../../ui/floorplansheet.cpp" line="252"/>
        <source>Cold aisle</source>
        <translation>冷通道</translation>
    </message>
    <message>
        <location filename="../../ui/floorplansheet.cpp" line="253"/>
        <source>Hot aisle</source>
        <translation>热通道</translation>
    </message>
    <message>
        <location filename="../../ui/floorplansheet.cpp" line="349"/>
        <location filename="../../ui/floorplansheet.cpp" line="368"/>
        <source>Row %1</source>
        <translation>第 %1 排</translation>
    </message>
    <message>
        <location filename="../../ui/floorplansheet.cpp" line="432"/>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
</context>
<context>
    <name>cs::HeatLegend</name>
    <message>
        <location filename="../../ui/heatlegend.cpp" line="77"/>
        <source>Heat overlay</source>
        <translation>负载热力图</translation>
    </message>
    <message>
        <location filename="../../ui/heatlegend.cpp" line="79"/>
        <source>% of link capacity</source>
        <translation>链路容量利用率 %</translation>
    </message>
    <message>
        <location filename="../../ui/heatlegend.cpp" line="87"/>
        <source>Cables: load per direction, averaged over a training step (Gbit/s in each cable&apos;s tooltip); magenta is at or over capacity.
Switch borders: the mean load of their links.
Rack bars: catalog max power against the rack&apos;s kW limit, graded like the budgets.</source>
        <translation>线缆:单方向负载,按一个训练步平均(各线缆的工具提示中给出 Gbit/s 数值);品红色表示达到或超出容量。
交换机边框:其所连链路的平均负载。
机柜条:目录最大功率相对机柜 kW 上限的占比,分级方式与预算相同。</translation>
    </message>
    <message>
        <location filename="../../ui/heatlegend.cpp" line="104"/>
        <source>No valid plan: the overlay is grey</source>
        <translation>无有效方案:热力图显示为灰色</translation>
    </message>
    <message>
        <location filename="../../ui/heatlegend.cpp" line="109"/>
        <source>The design has no cables</source>
        <translation>该设计没有线缆</translation>
    </message>
    <message>
        <location filename="../../ui/heatlegend.cpp" line="113"/>
        <source>Busiest link: %1 % of capacity at peak, %2 % on average</source>
        <translation>最繁忙链路:峰值占容量的 %1 %,平均 %2 %</translation>
    </message>
    <message>
        <location filename="../../ui/heatlegend.cpp" line="116"/>
        <source>%1 of %2 Gbit/s during the phase that uses it, %3: %4</source>
        <translation>使用它的阶段内 %1 / %2 Gbit/s，%3：%4</translation>
    </message>
</context>
<context>
    <name>cs::HeatOverlay</name>
    <message>
        <location filename="../../ui/heatoverlay.cpp" line="38"/>
        <source>Peak load %1 of %2 (%3 % of capacity), per direction, during the phase that uses it</source>
        <translation>峰值负载 %1 / %2(占容量的 %3 %),单方向,在使用该链路的阶段中</translation>
    </message>
    <message>
        <location filename="../../ui/heatoverlay.cpp" line="47"/>
        <source>Source: %1</source>
        <translation>来源:%1</translation>
    </message>
    <message>
        <location filename="../../ui/heatoverlay.cpp" line="108"/>
        <location filename="../../ui/heatoverlay.cpp" line="123"/>
        <source>No load: %1</source>
        <translation>无负载数据:%1</translation>
    </message>
    <message>
        <location filename="../../ui/heatoverlay.cpp" line="109"/>
        <source>the cable is newer than the estimate</source>
        <translation>该线缆是在估算之后添加的</translation>
    </message>
    <message>
        <location filename="../../ui/heatoverlay.cpp" line="124"/>
        <source>the switch is newer than the estimate</source>
        <translation>该交换机是在估算之后添加的</translation>
    </message>
    <message>
        <location filename="../../ui/heatoverlay.cpp" line="137"/>
        <source>&amp;Heat Overlay</source>
        <translation>负载热力图(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/heatoverlay.cpp" line="141"/>
        <source>Colour cables and switches by the load the plan puts on them</source>
        <translation>按方案施加的负载为线缆和交换机着色</translation>
    </message>
    <message>
        <location filename="../../ui/heatoverlay.cpp" line="177"/>
        <source>an inference plan puts no training traffic on the fabric</source>
        <translation>推理方案不会在网络上产生训练流量</translation>
    </message>
    <message>
        <location filename="../../ui/heatoverlay.cpp" line="178"/>
        <source>waiting for the plan&apos;s estimate</source>
        <translation>正在等待方案估算结果</translation>
    </message>
</context>
<context>
    <name>cs::HeatStyle</name>
    <message>
        <location filename="../../ui/heatstyle.cpp" line="75"/>
        <source>&lt; %1 %</source>
        <translation>&lt; %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/heatstyle.cpp" line="83"/>
        <source>≥ %1 %, the budget passes (hidden by overlap)</source>
        <translation>≥ %1 %，预算通过（被重叠隐藏）</translation>
    </message>
    <message>
        <location filename="../../ui/heatstyle.cpp" line="86"/>
        <source>≥ %1 %, the budget warns</source>
        <translation>≥ %1 %，预算警告</translation>
    </message>
    <message>
        <location filename="../../ui/heatstyle.cpp" line="88"/>
        <source>≥ %1 %, the budget fails</source>
        <translation>≥ %1 %，预算不通过</translation>
    </message>
    <message>
        <location filename="../../ui/heatstyle.cpp" line="77"/>
        <source>%1–%2 %</source>
        <translation>%1–%2 %</translation>
    </message>
</context>
<context>
    <name>cs::InspectorDock</name>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="50"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="57"/>
        <source>Select one device, cable or rack to see its properties.</source>
        <translation>选择一台设备、一条线缆或一个机柜以查看其属性。</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="85"/>
        <source>Name:</source>
        <translation>名称:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="87"/>
        <source>Type:</source>
        <translation>型号:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="88"/>
        <source>GPU:</source>
        <translation>GPU:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="89"/>
        <source>Compute NICs:</source>
        <translation>计算网卡:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="90"/>
        <location filename="../../ui/inspectordock.cpp" line="98"/>
        <source>Network:</source>
        <translation>网络:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="91"/>
        <source>Role:</source>
        <translation>角色:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="92"/>
        <location filename="../../ui/inspectordock.cpp" line="131"/>
        <source>Rack:</source>
        <translation>机柜:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="93"/>
        <source>Rack use:</source>
        <translation>机柜占用:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="94"/>
        <source>Power:</source>
        <translation>功率:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="95"/>
        <source>Ports:</source>
        <translation>端口:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="97"/>
        <source>Joins:</source>
        <translation>连接:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="99"/>
        <source>Speed:</source>
        <translation>速率:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="105"/>
        <location filename="../../ui/inspectordock.cpp" line="114"/>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="108"/>
        <source> U</source>
        <translation> U</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="110"/>
        <source>Air</source>
        <translation>风冷</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="111"/>
        <source>Liquid</source>
        <translation>液冷</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="115"/>
        <source>not declared</source>
        <translation>未声明</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="117"/>
        <source>The heat the rack&apos;s liquid cooling removes</source>
        <translation>机柜液冷可带走的热量</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="125"/>
        <source>Limit the rack to %1 kW</source>
        <translation>将机柜功率上限设为 %1 kW</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="132"/>
        <source>Power limit:</source>
        <translation>功率上限:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="133"/>
        <source>Presets (kW):</source>
        <translation>预设 (kW):</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="134"/>
        <source>Height:</source>
        <translation>高度:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="135"/>
        <source>Cooling:</source>
        <translation>散热:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="136"/>
        <source>Cooling capacity:</source>
        <translation>散热能力:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="137"/>
        <source>Use:</source>
        <translation>占用:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="138"/>
        <source>Devices:</source>
        <translation>设备:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="173"/>
        <source>Rename Device</source>
        <translation>重命名设备</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="181"/>
        <source>Change Role</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="192"/>
        <source>Change GPU</source>
        <translation>修改GPU</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="205"/>
        <source>Change Rack</source>
        <translation>修改机柜</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="214"/>
        <source>Change Switch Network</source>
        <translation>修改交换机所属网络</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="226"/>
        <source>Rename Rack</source>
        <translation>重命名机柜</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="234"/>
        <source>Change Rack Power Limit</source>
        <translation>修改机柜功率上限</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="242"/>
        <source>Change Rack Height</source>
        <translation>修改机柜高度</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="251"/>
        <source>Change Rack Cooling</source>
        <translation>更改机柜散热方式</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="259"/>
        <source>Change Rack Cooling Capacity</source>
        <translation>更改机柜散热能力</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="267"/>
        <source>Cannot Change Rack</source>
        <translation>无法修改机柜</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="275"/>
        <source>Cannot Change Device</source>
        <translation>无法修改设备</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="341"/>
        <source>%1× %2 Gb/s, each as %3 ports</source>
        <translation>%1× %2 Gb/s，每个可拆分为 %3 个端口</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="345"/>
        <source>%1× %2 Gb/s</source>
        <translation>%1× %2 Gb/s</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="348"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="356"/>
        <source>(none)</source>
        <translation>(无)</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="362"/>
        <location filename="../../ui/inspectordock.cpp" line="396"/>
        <source>%1 of %2 kW · %3 of %4 U</source>
        <translation>%1 / %2 kW · %3 / %4 U</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="367"/>
        <source>not in a rack</source>
        <translation>未上架</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="369"/>
        <source>%1 kW max · %2 kW idle</source>
        <translation>最大 %1 kW · 空闲 %2 kW</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="370"/>
        <source>%1 of %2 cabled</source>
        <translation>已连接 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="381"/>
        <source>%1 Gb/s</source>
        <translation>%1 Gb/s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inspectordock.cpp" line="407"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n 台设备</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inspectordock.cpp" line="411"/>
        <source> and %n more</source>
        <translation>
            <numerusform> 等另外 %n 台</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="86"/>
        <source>What-if:</source>
        <translation>故障模拟:</translation>
    </message>
</context>
<context>
    <name>cs::LegendWidget</name>
    <message>
        <location filename="../../ui/legendwidget.cpp" line="73"/>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../ui/legendwidget.cpp" line="73"/>
        <source>cables</source>
        <translation>线缆</translation>
    </message>
    <message>
        <location filename="../../ui/legendwidget.cpp" line="80"/>
        <source>Show or hide the %1 cables (partly checked: dimmed)</source>
        <translation>显示或隐藏%1线缆（部分勾选：淡化显示）</translation>
    </message>
    <message>
        <location filename="../../ui/legendwidget.cpp" line="166"/>
        <source>Dimmed: %1. A large fabric&apos;s cables would cover the racks; click the box to show them.</source>
        <translation>已淡化显示：%1。大规模网络的线缆会遮住机柜；点击复选框即可显示。</translation>
    </message>
    <message>
        <location filename="../../ui/legendwidget.cpp" line="98"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/legendwidget.cpp" line="98"/>
        <source>count</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>cs::LinkLayerItem</name>
    <message>
        <location filename="../../ui/linklayeritem.cpp" line="108"/>
        <source>%1 × %2G</source>
        <translation>%1 × %2G</translation>
    </message>
    <message>
        <location filename="../../ui/linklayeritem.cpp" line="111"/>
        <source>%1 cables</source>
        <translation>%1 根线缆</translation>
    </message>
</context>
<context>
    <name>cs::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="79"/>
        <source>%1 devices  ·  %2 GPUs  ·  %3 cables  ·  %4 racks  ·  IT power %5 kW max (%6 kW idle)</source>
        <translation>%1 台设备  ·  %2 张GPU  ·  %3 条线缆  ·  %4 个机柜  ·  IT功率最大 %5 kW(空闲 %6 kW)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="89"/>
        <source>Seen from afar: %n block(s), %1 of them scalable units. Zoom in, or double-click a block, to see its devices.</source>
        <translation>
            <numerusform>远景视图：%n 个区块，其中 %1 个为可扩展单元。放大或双击区块可查看其设备。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="106"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="111"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="294"/>
        <source>Routing %L1 cables…</source>
        <translation>正在为 %L1 条线缆布线…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="301"/>
        <location filename="../../ui/mainwindow_files.cpp" line="114"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="304"/>
        <source>%1 — ClusterStudio</source>
        <translation>%1 — ClusterStudio</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="314"/>
        <source>An empty design. Drag servers, switches and storage from the Devices palette onto the canvas, or build a whole cluster with File › New from Generator.</source>
        <translation>空白设计。从“设备”面板把服务器、交换机和存储拖到画布上，或用“文件 › 由生成器新建”构建整个集群。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="320"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="321"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="352"/>
        <source>Cannot Place Device</source>
        <translation>无法放置设备</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="361"/>
        <source>Click on the canvas to place %1; Esc returns to selecting.</source>
        <translation>在画布上单击以放置%1;按 Esc 返回选择。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="393"/>
        <source>Cannot Delete</source>
        <translation>无法删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="405"/>
        <source>Duplicate %n Device(s)</source>
        <translation>
            <numerusform>复制出 %n 台设备</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="407"/>
        <source>Cannot Duplicate</source>
        <translation>无法复制</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="436"/>
        <source>Paste %n Device(s)</source>
        <translation>
            <numerusform>粘贴 %n 台设备</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="438"/>
        <source>Cannot Paste</source>
        <translation>无法粘贴</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="454"/>
        <source>Every %1 port of the selection is already cabled.</source>
        <translation>所选设备的%1端口均已连线。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="463"/>
        <source>Cannot Auto-Cable</source>
        <translation>无法自动连线</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="469"/>
        <source>Every cable already has its length and a cable that reaches.</source>
        <translation>每根线缆都已有其长度和足够长的线缆。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="476"/>
        <source>Cannot Fit Cable Lengths</source>
        <translation>无法适配线缆长度</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="479"/>
        <source>Fitted the length or cable of %n cable(s).</source>
        <translation>
            <numerusform>已适配 %n 根线缆的长度或线缆型号。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="497"/>
        <source>Cannot Add Rack</source>
        <translation>无法添加机柜</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="517"/>
        <source>Cannot Move into Rack</source>
        <translation>无法移入机柜</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="556"/>
        <source>Cannot Open Design</source>
        <translation>无法打开设计</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="557"/>
        <source>ClusterStudio could not open “%1”.

%2</source>
        <translation>ClusterStudio 无法打开“%1”。

%2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="44"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="45"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="46"/>
        <source>New from &amp;Generator…</source>
        <translation>由生成器新建(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="49"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="52"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="53"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="55"/>
        <source>&amp;Import JSON…</source>
        <translation>导入 JSON(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="56"/>
        <source>Import &amp;NetBox CSV…</source>
        <translation>导入 NetBox CSV(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="57"/>
        <source>&amp;Export JSON…</source>
        <translation>导出 JSON(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="58"/>
        <source>Export NetBo&amp;x CSV…</source>
        <translation>导出 NetBox CSV(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="59"/>
        <source>Export &amp;Diagram…</source>
        <translation>导出拓扑图(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="60"/>
        <source>Export Rack &amp;Elevations…</source>
        <translation>导出机柜立面图(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="61"/>
        <source>Export &amp;Floor Plan…</source>
        <translation>导出平面布置图(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="62"/>
        <source>Export &amp;Report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="64"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="69"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="70"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="72"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="77"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="78"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="85"/>
        <source>D&amp;uplicate</source>
        <translation>再制(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="87"/>
        <location filename="../../ui/mainwindow_actions.cpp" line="218"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="88"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="94"/>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="99"/>
        <location filename="../../ui/mainwindow_actions.cpp" line="106"/>
        <source>Rename Device</source>
        <translation>重命名设备</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="99"/>
        <source>Name:</source>
        <translation>名称:</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="108"/>
        <source>Cannot Rename</source>
        <translation>无法重命名</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="110"/>
        <source>A&amp;lign</source>
        <translation>对齐(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="112"/>
        <source>&amp;Left Edges</source>
        <translation>左对齐(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="113"/>
        <source>&amp;Top Edges</source>
        <translation>顶端对齐(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="114"/>
        <source>&amp;Horizontal Centres</source>
        <translation>水平居中(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="115"/>
        <source>&amp;Vertical Centres</source>
        <translation>垂直居中(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="125"/>
        <source>Auto-&amp;Cable Selection</source>
        <translation>自动连线所选设备(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="127"/>
        <source>To %1</source>
        <translation>连接到%1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="130"/>
        <source>&amp;Fit Cable Lengths</source>
        <translation>适配线缆长度(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="132"/>
        <source>New &amp;Rack</source>
        <translation>新建机柜(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="133"/>
        <source>&amp;Move Selection into Rack…</source>
        <translation>将所选移入机柜(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="146"/>
        <source>Move into Rack</source>
        <translation>移入机柜</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="146"/>
        <source>Rack:</source>
        <translation>机柜:</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="152"/>
        <source>&amp;Find Devices</source>
        <translation>查找设备(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="157"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="158"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="159"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="160"/>
        <source>Zoom to &amp;Fit</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="161"/>
        <source>Zoom to &amp;Selection</source>
        <translation>缩放到所选(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="163"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="213"/>
        <source>E&amp;xpand %1</source>
        <translation>展开 %1(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="213"/>
        <source>C&amp;ollapse %1</source>
        <translation>折叠 %1(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="216"/>
        <source>&amp;Blocks Follow the Zoom</source>
        <translation>区块随缩放展开(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="225"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="230"/>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="264"/>
        <location filename="../../ui/mainwindow_actions.cpp" line="277"/>
        <location filename="../../ui/mainwindow_actions.cpp" line="282"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="265"/>
        <source>The language changes when ClusterStudio starts again. Restart now?</source>
        <translation>语言将在 ClusterStudio 重新启动后切换。现在重新启动吗?</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="267"/>
        <source>Restart Now</source>
        <translation>立即重新启动</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="268"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="283"/>
        <source>ClusterStudio could not be started again; the language changes at the next start.</source>
        <translation>无法重新启动 ClusterStudio;语言将在下次启动时切换。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="291"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="294"/>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="308"/>
        <source>%1 cable</source>
        <translation>%1线缆</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="313"/>
        <source>Draw %1 cables: drag from a device to a device; hold Shift when releasing to choose the ports</source>
        <translation>绘制%1线缆:从一台设备拖到另一台设备;松开时按住 Shift 可选择端口</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="32"/>
        <source>ClusterStudio projects (*.csd)</source>
        <translation>ClusterStudio 项目 (*.csd)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="36"/>
        <source>ClusterStudio JSON (*.json)</source>
        <translation>ClusterStudio JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="67"/>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="67"/>
        <source>The design has unsaved changes. Save them before closing it?</source>
        <translation>设计有未保存的更改。关闭前是否保存?</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="112"/>
        <source>Recover Unsaved Work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="113"/>
        <source>“%1” has unsaved work from an earlier session that did not close normally. Recover it?</source>
        <translation>“%1”有上次未正常关闭的会话留下的未保存工作。是否恢复?</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="140"/>
        <source>Open Design</source>
        <translation>打开设计</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="141"/>
        <source>ClusterStudio designs (*.csd *.json);;All files (*)</source>
        <translation>ClusterStudio 设计 (*.csd *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="170"/>
        <location filename="../../ui/mainwindow_files.cpp" line="184"/>
        <source>Cannot Save Design</source>
        <translation>无法保存设计</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="175"/>
        <source>Save Design As</source>
        <translation>设计另存为</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="192"/>
        <source>Import JSON</source>
        <translation>导入 JSON</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="202"/>
        <source>Export JSON</source>
        <translation>导出 JSON</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="211"/>
        <source>Cannot Export Design</source>
        <translation>无法导出设计</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="217"/>
        <source>Export Diagram</source>
        <translation>导出拓扑图</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="218"/>
        <source>SVG drawing (*.svg);;PNG image (*.png);;PDF document (*.pdf);;draw.io diagram (*.drawio)</source>
        <translation>SVG 矢量图 (*.svg);;PNG 图像 (*.png);;PDF 文档 (*.pdf);;draw.io 图表 (*.drawio)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="234"/>
        <source>Cannot Export Diagram</source>
        <translation>无法导出拓扑图</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="240"/>
        <source>Export Rack Elevations</source>
        <translation>导出机柜立面图</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="241"/>
        <source>PDF document, a page per row (*.pdf);;SVG drawing (*.svg)</source>
        <translation>PDF 文档，每排一页 (*.pdf);;SVG 图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="253"/>
        <source>Cannot Export Rack Elevations</source>
        <translation>无法导出机柜立面图</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="259"/>
        <source>Export Floor Plan</source>
        <translation>导出平面布置图</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="260"/>
        <source>PDF document, A3 (*.pdf);;SVG drawing (*.svg)</source>
        <translation>PDF 文档，A3 (*.pdf);;SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="272"/>
        <source>Cannot Export Floor Plan</source>
        <translation>无法导出平面布置图</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="286"/>
        <location filename="../../ui/mainwindow_files.cpp" line="291"/>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="286"/>
        <source>Scenario for the estimate sections:</source>
        <translation>估算章节所用的场景:</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="292"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="306"/>
        <source>Cannot Export Report</source>
        <translation>无法导出报告</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_help.cpp" line="27"/>
        <source>This build has no copy of “%1”.</source>
        <translation>此版本未包含“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_help.cpp" line="69"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_help.cpp" line="71"/>
        <source>ClusterStudio &amp;Guide</source>
        <translation>ClusterStudio 指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_help.cpp" line="72"/>
        <source>ClusterStudio Guide</source>
        <translation>ClusterStudio 指南</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_help.cpp" line="74"/>
        <source>How the &amp;Estimates Are Computed</source>
        <translation>估算的计算方法(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_help.cpp" line="75"/>
        <source>How the Estimates Are Computed</source>
        <translation>估算的计算方法</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_help.cpp" line="77"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_help.cpp" line="80"/>
        <source>&amp;About ClusterStudio</source>
        <translation>关于 ClusterStudio(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_help.cpp" line="83"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_help.cpp" line="96"/>
        <source>&lt;h3&gt;ClusterStudio %1&lt;/h3&gt;&lt;p&gt;Design AI GPU clusters: the networks, the racks, and what a model and its parallelism demand of them.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Library&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Version&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Licence&lt;/th&gt;&lt;/tr&gt;%2&lt;/table&gt;</source>
        <translation>&lt;h3&gt;ClusterStudio %1&lt;/h3&gt;&lt;p&gt;设计 AI GPU 集群：网络、机柜，以及模型及其并行方式对它们的需求。&lt;/p&gt;&lt;p&gt;构建所用的库：&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;库&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;版本&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;许可证&lt;/th&gt;&lt;/tr&gt;%2&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_help.cpp" line="107"/>
        <source>About ClusterStudio</source>
        <translation>关于 ClusterStudio</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_help.cpp" line="113"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_help.cpp" line="116"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_help.cpp" line="116"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_interchange.cpp" line="40"/>
        <source>Import NetBox CSV Folder</source>
        <translation>导入 NetBox CSV 文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_interchange.cpp" line="46"/>
        <source>Cannot Import NetBox Files</source>
        <translation>无法导入 NetBox 文件</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_interchange.cpp" line="50"/>
        <source>Export NetBox CSV into Folder</source>
        <translation>将 NetBox CSV 导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_interchange.cpp" line="61"/>
        <source>Cannot Export NetBox Files</source>
        <translation>无法导出 NetBox 文件</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="182"/>
        <source>What-&amp;if</source>
        <translation>故障模拟(&amp;I)</translation>
    </message>
</context>
<context>
    <name>cs::Network</name>
    <message>
        <location filename="../../ui/networkstyle.cpp" line="26"/>
        <location filename="../../core/report/report_content.cpp" line="32"/>
        <source>GPU compute</source>
        <translation>GPU计算网络</translation>
    </message>
    <message>
        <location filename="../../ui/networkstyle.cpp" line="27"/>
        <location filename="../../core/report/report_content.cpp" line="34"/>
        <source>Storage</source>
        <translation>数据存储网络</translation>
    </message>
    <message>
        <location filename="../../ui/networkstyle.cpp" line="28"/>
        <location filename="../../core/report/report_content.cpp" line="36"/>
        <source>Uplink (business)</source>
        <translation>上行业务网络</translation>
    </message>
    <message>
        <location filename="../../ui/networkstyle.cpp" line="29"/>
        <location filename="../../core/report/report_content.cpp" line="38"/>
        <source>In-band management</source>
        <translation>带内管理网络</translation>
    </message>
    <message>
        <location filename="../../ui/networkstyle.cpp" line="30"/>
        <location filename="../../core/report/report_content.cpp" line="40"/>
        <source>Out-of-band management</source>
        <translation>带外管理网络</translation>
    </message>
    <message>
        <location filename="../../ui/networkstyle.cpp" line="31"/>
        <location filename="../../core/report/report_content.cpp" line="42"/>
        <source>Scale-up (NVLink)</source>
        <translation>纵向扩展网络 (NVLink)</translation>
    </message>
</context>
<context>
    <name>cs::NewDesignDialog</name>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="28"/>
        <source>InfiniBand XDR 800G</source>
        <translation>InfiniBand XDR 800G</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="30"/>
        <source>InfiniBand NDR 400G</source>
        <translation>InfiniBand NDR 400G</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="32"/>
        <source>InfiniBand HDR 200G</source>
        <translation>InfiniBand HDR 200G</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="34"/>
        <source>Spectrum-X Ethernet 800G</source>
        <translation>Spectrum-X 以太网 800G</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="36"/>
        <source>RoCE Ethernet 400G</source>
        <translation>RoCE 以太网 400G</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="38"/>
        <source>RoCE Ethernet 200G</source>
        <translation>RoCE 以太网 200G</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="46"/>
        <source>Fat tree (rail-optimized)</source>
        <translation>胖树（轨道优化）</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="48"/>
        <source>Rail-only</source>
        <translation>仅轨道（Rail-only）</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="50"/>
        <source>Multi-plane</source>
        <translation>多平面</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="69"/>
        <source>New Design from Generator</source>
        <translation>由生成器新建设计</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="74"/>
        <source>GPU servers, or whole racks of a rack-scale system such as the GB200 NVL72</source>
        <translation>GPU 服务器数量，或机柜级系统（如 GB200 NVL72）的整机柜数量</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="82"/>
        <source>Automatic (by the server&apos;s NICs)</source>
        <translation>自动(按服务器网卡)</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="86"/>
        <location filename="../../ui/newdesigndialog.cpp" line="90"/>
        <location filename="../../ui/newdesigndialog.cpp" line="102"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="105"/>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="108"/>
        <source>The power each rack the generator fills may draw; a rack-scale system comes in its own rack</source>
        <translation>生成器填充的每个机柜可用的功率；机柜级系统自带机柜</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="112"/>
        <source>GPU &amp;servers:</source>
        <translation>GPU服务器(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="113"/>
        <source>Server &amp;type:</source>
        <translation>服务器型号(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="114"/>
        <source>&amp;GPU:</source>
        <translation>GPU(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="115"/>
        <source>Compute &amp;fabric:</source>
        <translation>计算网络(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="116"/>
        <source>T&amp;opology:</source>
        <translation>拓扑(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="117"/>
        <source>&amp;Planes:</source>
        <translation>平面数(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="118"/>
        <source>Storage t&amp;ype:</source>
        <translation>存储类型(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="119"/>
        <source>S&amp;torage nodes:</source>
        <translation>存储节点(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="120"/>
        <source>&amp;Rack power:</source>
        <translation>机柜功率(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="164"/>
        <source>Cannot Generate Design</source>
        <translation>无法生成设计</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="165"/>
        <source>The generator cannot build this cluster.

%1</source>
        <translation>生成器无法构建此集群。

%1</translation>
    </message>
</context>
<context>
    <name>cs::PaletteDock</name>
    <message>
        <location filename="../../ui/palettedock.cpp" line="51"/>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <location filename="../../ui/palettedock.cpp" line="54"/>
        <source>%1× %2G</source>
        <translation>%1× %2G</translation>
    </message>
    <message>
        <location filename="../../ui/palettedock.cpp" line="56"/>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <location filename="../../ui/palettedock.cpp" line="111"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/palettedock.cpp" line="115"/>
        <source>Search devices…</source>
        <translation>搜索设备…</translation>
    </message>
</context>
<context>
    <name>cs::PlaceTool</name>
    <message>
        <location filename="../../ui/placetool.cpp" line="26"/>
        <source>Cannot place the device: %1</source>
        <translation>无法放置设备:%1</translation>
    </message>
    <message>
        <location filename="../../ui/placetool.cpp" line="38"/>
        <source>The catalog has no device type “%1”.</source>
        <translation>设备目录中没有型号“%1”。</translation>
    </message>
</context>
<context>
    <name>cs::PlanDock</name>
    <message>
        <location filename="../../ui/plandock.cpp" line="72"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="90"/>
        <location filename="../../ui/plandock.cpp" line="814"/>
        <source>Add scenario</source>
        <translation>添加场景</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="94"/>
        <source>Scenario actions</source>
        <translation>场景操作</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="95"/>
        <source>Duplicate, rename or delete this scenario</source>
        <translation>复制、重命名或删除此场景</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="98"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="99"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="100"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="108"/>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="119"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="125"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="133"/>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="134"/>
        <source>Hidden size</source>
        <translation>隐藏层维度</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="135"/>
        <source>Attention heads</source>
        <translation>注意力头数</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="136"/>
        <source>KV heads</source>
        <translation>KV头数</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="137"/>
        <source>FFN hidden size</source>
        <translation>FFN隐藏层维度</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="138"/>
        <source>Vocabulary</source>
        <translation>词表大小</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="139"/>
        <source>Sequence length</source>
        <translation>序列长度</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="143"/>
        <source>Tokens to train on; the preset&apos;s dataset size by default</source>
        <translation>训练的token数;默认为预设的数据集规模</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="144"/>
        <source>Dataset tokens</source>
        <translation>数据集token数</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="146"/>
        <source>Pre-training</source>
        <translation>预训练</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="147"/>
        <source>Fine-tuning</source>
        <translation>微调</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="148"/>
        <source>Inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="149"/>
        <source>Workload</source>
        <translation>负载类型</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="152"/>
        <location filename="../../ui/plandock.cpp" line="582"/>
        <source>BF16</source>
        <translation>BF16</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="153"/>
        <location filename="../../ui/plandock.cpp" line="583"/>
        <source>FP8</source>
        <translation>FP8</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="154"/>
        <source>MXFP8</source>
        <translation>MXFP8</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="155"/>
        <location filename="../../ui/plandock.cpp" line="584"/>
        <source>NVFP4</source>
        <translation>NVFP4</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="156"/>
        <source>Number format of the tensor-core GEMMs. FP8, MXFP8, NVFP4 (training): the linear layers&apos; GEMMs at the GPU&apos;s peak in that format, weights and optimizer as in BF16 mixed precision. MXFP8 and NVFP4 need a Blackwell GPU.</source>
        <translation>张量核心 GEMM 的数值格式。FP8、MXFP8、NVFP4（训练）：线性层 GEMM 按 GPU 在该格式下的峰值运行，权重和优化器同 BF16 混合精度。MXFP8 和 NVFP4 需要 Blackwell GPU。</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="159"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="166"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="168"/>
        <source>Checkpoint overhead target: the share of the run that checkpoint writes and rework after failures may cost; sets the storage write bandwidth the budget asks for</source>
        <translation>检查点开销目标:检查点写入及故障后重算允许占用的训练时间比例;据此确定预算所需的存储写入带宽</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="171"/>
        <source>Checkpoint target</source>
        <translation>检查点开销目标</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="172"/>
        <location filename="../../ui/plandock.cpp" line="179"/>
        <location filename="../../ui/plandock.cpp" line="191"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="173"/>
        <location filename="../../ui/plandock.cpp" line="180"/>
        <location filename="../../ui/plandock.cpp" line="192"/>
        <source>default (%L1 h)</source>
        <translation>默认(%L1 小时)</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="178"/>
        <source>Node MTBF</source>
        <translation>节点MTBF</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="182"/>
        <source>Fabric failures (switches, cables) counted per server: one per this many server-hours. Default: Llama 3&apos;s run, 35 network interruptions in 54 days on 2,048 servers.</source>
        <translation>按服务器折算的网络故障(交换机、线缆):每这么多服务器小时发生一次。默认值取自 Llama 3 的训练:2,048 台服务器 54 天内网络中断 35 次。</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="185"/>
        <source>Network MTBF per server</source>
        <translation>按服务器折算的网络MTBF</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="186"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="187"/>
        <source>default (%L1 min)</source>
        <translation>默认(%L1 分钟)</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="188"/>
        <source>Time to restart the job after a failure, before the checkpoint load: detect, swap in a spare, reinitialise. The default is an assumption.</source>
        <translation>故障后重启任务所需时间(不含加载检查点):发现故障、换上备机、重新初始化。默认值为假设。</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="190"/>
        <source>Restart time</source>
        <translation>重启时间</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="193"/>
        <source>Time until a failed server is back in the pool; sets the hot spares per scalable unit. The default is an assumption.</source>
        <translation>故障服务器修复后重新可用所需时间;决定每个可扩展单元的热备数量。默认值为假设。</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="195"/>
        <source>Repair time</source>
        <translation>修复时间</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="203"/>
        <source>Tensor parallel (TP)</source>
        <translation>张量并行 (TP)</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="204"/>
        <source>Pipeline parallel (PP)</source>
        <translation>流水并行 (PP)</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="205"/>
        <source>Data parallel (DP)</source>
        <translation>数据并行 (DP)</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="206"/>
        <source>Virtual stages</source>
        <translation>虚拟流水阶段</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="210"/>
        <source>Context parallel: the sequence split over this many GPUs (ring attention)</source>
        <translation>上下文并行：序列切分到这么多个 GPU 上（环形注意力）</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="211"/>
        <source>Expert parallel: the routed experts split over this many GPUs (MoE models)</source>
        <translation>专家并行：路由专家分布到这么多个 GPU 上（MoE 模型）</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="212"/>
        <source>Expert tensor parallel: each expert split over this many GPUs (1 in the Megatron MoE recipes)</source>
        <translation>专家张量并行：每个专家切分到这么多个 GPU 上（Megatron MoE 配方中为 1）</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="214"/>
        <source>Context parallel (CP)</source>
        <translation>上下文并行（CP）</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="215"/>
        <source>Expert parallel (EP)</source>
        <translation>专家并行（EP）</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="216"/>
        <source>Expert tensor parallel</source>
        <translation>专家张量并行</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="217"/>
        <source>Fully sharded data parallel (FSDP)</source>
        <translation>全分片数据并行（FSDP）</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="220"/>
        <source>Micro-batch</source>
        <translation>微批大小</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="221"/>
        <source>Global batch</source>
        <translation>全局批大小</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="223"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="224"/>
        <source>Selective</source>
        <translation>选择性</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="225"/>
        <source>Full</source>
        <translation>完全</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="226"/>
        <source>Recompute</source>
        <translation>重计算</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="227"/>
        <source>Sequence parallel</source>
        <translation>序列并行</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="231"/>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="232"/>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="233"/>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="235"/>
        <source>All-reduces with NVLS inside the NVSwitch and SHARP in the compute switches. Auto: where the hardware has them; On: also where the compute switches are unknown; Off: rings.</source>
        <translation>All-reduce 在 NVSwitch 内使用 NVLS、在计算网络交换机中使用 SHARP。自动:硬件支持时启用;开:计算交换机未知时也启用;关:使用环形算法。</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="237"/>
        <source>In-network reduction</source>
        <translation>网内归约</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="239"/>
        <source> /kWh</source>
        <translation> /kWh</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="240"/>
        <location filename="../../ui/plandock.cpp" line="345"/>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="241"/>
        <source>Energy price</source>
        <translation>电价</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="246"/>
        <source>The currency of the energy price and of every cost shown</source>
        <translation>能源价格及所有成本所用的货币</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="247"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="248"/>
        <source>Best plan</source>
        <translation>最优方案</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="249"/>
        <source>The fastest parallelism that fits, from core&apos;s plan sweep</source>
        <translation>方案搜索得出的可容纳且最快的并行方式</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="294"/>
        <source>tokens</source>
        <translation>token数</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="297"/>
        <source>workload</source>
        <translation>负载类型</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="300"/>
        <source>precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="303"/>
        <source>checkpoint overhead</source>
        <translation>检查点开销目标</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="322"/>
        <source>node MTBF</source>
        <translation>节点MTBF</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="323"/>
        <source>network MTBF</source>
        <translation>网络MTBF</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="324"/>
        <source>restart time</source>
        <translation>重启时间</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="325"/>
        <source>repair time</source>
        <translation>修复时间</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="306"/>
        <source>in-network reduction</source>
        <translation>网内归约</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="326"/>
        <source>TP</source>
        <translation>TP</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="327"/>
        <source>PP</source>
        <translation>PP</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="328"/>
        <location filename="../../ui/plandock.cpp" line="354"/>
        <source>DP</source>
        <translation>DP</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="329"/>
        <source>virtual stages</source>
        <translation>虚拟流水阶段</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="330"/>
        <source>CP</source>
        <translation>CP</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="331"/>
        <source>EP</source>
        <translation>EP</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="332"/>
        <source>expert TP</source>
        <translation>专家张量并行</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="334"/>
        <source>FSDP</source>
        <translation>FSDP</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="336"/>
        <source>micro-batch</source>
        <translation>微批大小</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="337"/>
        <source>global batch</source>
        <translation>全局批大小</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="339"/>
        <source>recompute</source>
        <translation>重计算</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="343"/>
        <source>sequence parallel</source>
        <translation>序列并行</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="346"/>
        <source>energy price</source>
        <translation>电价</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="348"/>
        <source>currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="410"/>
        <source>The design has no scenario yet. Add scenario plans a training run that fits this design (a model, parallelism and batch that run), and every view shows its figures.</source>
        <translation>该设计还没有场景。“添加场景”会规划一个适合该设计的训练任务（可运行的模型、并行方式和批次），各视图随即显示其数据。</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="413"/>
        <source>The design has no GPU servers yet: place some from the Devices palette (or use File › New from Generator), then add a scenario to plan a run on them.</source>
        <translation>该设计还没有 GPU 服务器：先从“设备”面板放置一些（或使用“文件 › 由生成器新建”），再添加场景为其规划任务。</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="426"/>
        <source>Set DP to %1 (TP × PP × DP = %2 GPUs)</source>
        <translation>将 DP 设为 %1(TP × PP × DP = %2 个 GPU)</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="518"/>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="528"/>
        <source>Replica TP</source>
        <translation>副本 TP</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="529"/>
        <source>Tensor parallelism of one model replica; auto: the best that fits</source>
        <translation>单个模型副本的张量并行度；自动：选取可容纳的最佳值</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="529"/>
        <source>replica TP</source>
        <translation>副本 TP</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="531"/>
        <source>Replica PP</source>
        <translation>副本 PP</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="532"/>
        <source>Pipeline stages of one model replica, across servers when it needs them; auto: the best that fits</source>
        <translation>单个模型副本的流水线级数，需要时可跨服务器；自动：选取可容纳的最佳值</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="534"/>
        <source>replica PP</source>
        <translation>副本 PP</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="535"/>
        <source>Replica EP</source>
        <translation>副本 EP</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="536"/>
        <source>GPUs a MoE model&apos;s experts are spread over; auto: the best that fits</source>
        <translation>MoE 模型专家分布的 GPU 数；自动：选取可容纳的最佳值</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="537"/>
        <source>replica EP</source>
        <translation>副本 EP</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="538"/>
        <source>Prefill and decode on pools of their own</source>
        <translation>预填充与解码使用各自的资源池</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="541"/>
        <source>Disaggregated serving: the estimate sizes both pools and says whether it beats serving both on the same GPUs</source>
        <translation>分离式服务：估算分别确定两个资源池的规模，并说明是否优于在同一批 GPU 上同时处理两者</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="543"/>
        <source>Disaggregated</source>
        <translation>分离式服务</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="545"/>
        <source>disaggregated serving</source>
        <translation>分离式服务</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="551"/>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="553"/>
        <source>Sequences in flight per model replica (continuous batching). Max: the largest batch that fits in memory and meets the latency targets.</source>
        <translation>每个模型副本的并发序列数(连续批处理)。最大:显存可容纳且满足延迟目标的最大批大小。</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="555"/>
        <source>Batch (sequences)</source>
        <translation>批大小(序列)</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="562"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="566"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="567"/>
        <source>Latency target: the longest a request may wait for its first token</source>
        <translation>延迟目标:请求等待首个token的最长时间</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="568"/>
        <source>Time-to-first-token target</source>
        <translation>首token延迟目标</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="570"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="572"/>
        <source>Latency target: the longest one output token may take once the answer streams</source>
        <translation>延迟目标:流式输出时每个输出token的最长时间</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="573"/>
        <source>Time-per-token target</source>
        <translation>每token延迟目标</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="575"/>
        <source> req/s</source>
        <translation> 请求/s</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="576"/>
        <source>The requests per second the service must carry: the estimate sizes the replicas, servers, GPUs and power it needs</source>
        <translation>服务需承载的每秒请求数:估算据此给出所需的副本、服务器、GPU与功率</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="578"/>
        <source>Load</source>
        <translation>负载</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="581"/>
        <source>As precision</source>
        <translation>同精度</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="586"/>
        <source>Number format of the KV cache: FP8 halves it and doubles the batch that fits</source>
        <translation>KV缓存的数值格式:FP8使其减半,可容纳的批大小翻倍</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="587"/>
        <location filename="../../ui/plandock.cpp" line="606"/>
        <source>KV cache precision</source>
        <translation>KV缓存精度</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="590"/>
        <source>batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="593"/>
        <source>time-to-first-token target</source>
        <translation>首token延迟目标</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="596"/>
        <source>time-per-token target</source>
        <translation>每token延迟目标</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="601"/>
        <source>load</source>
        <translation>负载</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="640"/>
        <source>What-if variant</source>
        <translation>设计变体(What-if)</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="641"/>
        <source>What this scenario changes in the design for its estimate; empty fields keep the design as it is</source>
        <translation>此场景在估算时对设计所做的更改;留空的字段保持设计原样</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="652"/>
        <location filename="../../ui/plandock.cpp" line="686"/>
        <source>as designed</source>
        <translation>按设计</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="656"/>
        <source> Gb/s</source>
        <translation> Gb/s</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="662"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="663"/>
        <source>Compute NIC</source>
        <translation>计算网卡</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="664"/>
        <source>Storage nodes</source>
        <translation>存储节点数</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="665"/>
        <source>GPU servers</source>
        <translation>GPU服务器数</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="669"/>
        <source>variant GPU</source>
        <translation>变体GPU</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="673"/>
        <source>variant NIC speed</source>
        <translation>变体网卡速率</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="674"/>
        <source>variant storage nodes</source>
        <translation>变体存储节点数</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="675"/>
        <source>variant GPU servers</source>
        <translation>变体GPU服务器数</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="857"/>
        <source>Rename scenario</source>
        <translation>重命名场景</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="857"/>
        <source>Name:</source>
        <translation>名称:</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="769"/>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="175"/>
        <source>Mean time between failures of one GPU server, in hours. Default: Llama 3&apos;s run, 384 server interruptions in 54 days on 2,048 servers. Sets the checkpoint interval (Young/Daly), the goodput and the hot spares.</source>
        <translation>单台GPU服务器的平均故障间隔时间(小时)。默认值取自 Llama 3 的训练:2,048 台服务器 54 天内服务器中断 384 次。据此确定检查点间隔(Young/Daly)、有效训练时间占比与热备数量。</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="787"/>
        <source>best plan</source>
        <translation>最优方案</translation>
    </message>
</context>
<context>
    <name>cs::PortChooser</name>
    <message>
        <location filename="../../ui/portchooser.cpp" line="23"/>
        <source>%1 · %2 Gb/s</source>
        <translation>%1 · %2 Gb/s</translation>
    </message>
    <message>
        <location filename="../../ui/portchooser.cpp" line="38"/>
        <source>Choose %1 Ports</source>
        <translation>选择%1端口</translation>
    </message>
    <message>
        <location filename="../../ui/portchooser.cpp" line="45"/>
        <source>Free %1 ports on each end:</source>
        <translation>两端空闲的%1端口:</translation>
    </message>
    <message>
        <location filename="../../ui/portchooser.cpp" line="49"/>
        <source>Cable</source>
        <translation>线缆</translation>
    </message>
</context>
<context>
    <name>cs::RackElevationDock</name>
    <message>
        <location filename="../../ui/rackelevationdock.cpp" line="79"/>
        <source>Rack Elevation</source>
        <translation>机柜立面图</translation>
    </message>
    <message>
        <location filename="../../ui/rackelevationdock.cpp" line="90"/>
        <source>The design has no rack. Racks placed on the canvas show here, front view.</source>
        <translation>设计中没有机柜。放置在画布上的机柜会以正视图显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/rackelevationdock.cpp" line="161"/>
        <source>Row %1 · %2</source>
        <translation>第 %1 排 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/rackelevationdock.cpp" line="162"/>
        <source>Row %1 · %2 racks · %3 … %4</source>
        <translation>第 %1 排 · %2 个机柜 · %3 … %4</translation>
    </message>
    <message>
        <location filename="../../ui/elevationexport.cpp" line="29"/>
        <source>%1 — rack elevations, row %2 of %3</source>
        <translation>%1 — 机柜立面图，第 %2 排（共 %3 排）</translation>
    </message>
    <message>
        <location filename="../../ui/elevationexport.cpp" line="131"/>
        <source> (racks %1 to %2 of %3)</source>
        <translation>（第 %1 至 %2 个机柜，共 %3 个）</translation>
    </message>
</context>
<context>
    <name>cs::RackRowSheet</name>
    <message>
        <location filename="../../ui/rackelevationsheet.cpp" line="69"/>
        <source>Not in a slot: %1</source>
        <translation>未放入槽位：%1</translation>
    </message>
</context>
<context>
    <name>cs::RecentFiles</name>
    <message>
        <location filename="../../ui/recentfiles.cpp" line="16"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
</context>
<context>
    <name>cs::Report</name>
    <message>
        <location filename="../../core/report/report_content.h" line="72"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.h" line="73"/>
        <source>Training estimate</source>
        <translation>训练估算</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.h" line="75"/>
        <source>Inference estimate</source>
        <translation>推理估算</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.h" line="76"/>
        <source>Validation</source>
        <translation>设计校验</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.h" line="77"/>
        <source>Bill of materials</source>
        <translation>物料清单</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.h" line="79"/>
        <source>Network bandwidth budgets</source>
        <translation>网络带宽预算</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.h" line="84"/>
        <source>Storage budgets</source>
        <translation>存储预算</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.h" line="85"/>
        <source>Power and energy</source>
        <translation>功率与能耗</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.h" line="86"/>
        <source>Scenario comparison</source>
        <translation>场景对比</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.h" line="88"/>
        <source>Assumptions and formulas</source>
        <translation>假设与公式</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="204"/>
        <location filename="../../core/report/report_content.cpp" line="539"/>
        <location filename="../../core/report/report_content.cpp" line="566"/>
        <location filename="../../core/report/serving_report.cpp" line="91"/>
        <location filename="../../core/scenario/scenario_comparison.cpp" line="104"/>
        <source>GPUs</source>
        <translation>GPU数</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="205"/>
        <location filename="../../core/report/report_content.cpp" line="270"/>
        <location filename="../../core/report/report_content.cpp" line="536"/>
        <location filename="../../core/report/report_content.cpp" line="565"/>
        <location filename="../../core/report/report_content.cpp" line="795"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="206"/>
        <location filename="../../core/report/report_content.cpp" line="794"/>
        <source>Racks</source>
        <translation>机柜</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="207"/>
        <location filename="../../core/report/report_content.cpp" line="279"/>
        <location filename="../../core/report/report_content.cpp" line="552"/>
        <location filename="../../core/report/report_content.cpp" line="668"/>
        <source>Cables</source>
        <translation>线缆</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="208"/>
        <location filename="../../core/report/report_content.cpp" line="823"/>
        <source>IT power at load</source>
        <translation>负载IT功率</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="209"/>
        <source>IT power, catalog maximum</source>
        <translation>IT功率(目录最大值)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="210"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="214"/>
        <location filename="../../core/report/report_content.cpp" line="243"/>
        <location filename="../../core/report/report_content.cpp" line="436"/>
        <location filename="../../core/report/report_content.cpp" line="537"/>
        <location filename="../../core/scenario/scenario_comparison.cpp" line="78"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="218"/>
        <source>Parallelism</source>
        <translation>并行方式</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="16"/>
        <location filename="../../core/report/report_content.cpp" line="219"/>
        <location filename="../../core/report/report_content.cpp" line="310"/>
        <source>Step time</source>
        <translation>单步时间</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="17"/>
        <location filename="../../core/report/report_content.cpp" line="221"/>
        <location filename="../../core/report/report_content.cpp" line="253"/>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="20"/>
        <location filename="../../core/report/report_content.cpp" line="222"/>
        <location filename="../../core/report/report_content.cpp" line="315"/>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="21"/>
        <location filename="../../core/report/report_content.cpp" line="223"/>
        <location filename="../../core/report/report_content.cpp" line="254"/>
        <location filename="../../core/report/report_content.cpp" line="488"/>
        <source>Memory per GPU</source>
        <translation>单卡显存</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="22"/>
        <location filename="../../core/report/report_content.cpp" line="227"/>
        <location filename="../../core/report/report_content.cpp" line="317"/>
        <source>Time to train</source>
        <translation>训练时长</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="31"/>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="32"/>
        <source>Active parameters</source>
        <translation>激活参数量</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="33"/>
        <source>Trainable parameters</source>
        <translation>可训练参数量</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="73"/>
        <location filename="../../core/report/report_content.cpp" line="238"/>
        <location filename="../../core/report/report_content.cpp" line="833"/>
        <source>Energy of the run</source>
        <translation>训练能耗</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="269"/>
        <source>Devices by category</source>
        <translation>按类别统计设备</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="270"/>
        <location filename="../../core/report/report_content.cpp" line="538"/>
        <location filename="../../core/report/report_content.cpp" line="778"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="278"/>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="279"/>
        <location filename="../../core/report/report_content.cpp" line="550"/>
        <location filename="../../core/report/report_content.cpp" line="620"/>
        <location filename="../../core/report/report_content.cpp" line="668"/>
        <location filename="../../core/report/report_content.cpp" line="788"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="280"/>
        <source>Switches</source>
        <translation>交换机</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="311"/>
        <source>Tokens per second</source>
        <translation>每秒token数</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="18"/>
        <location filename="../../core/report/report_content.cpp" line="312"/>
        <source>Model TFLOP/s per GPU</source>
        <translation>单卡模型 TFLOP/s</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="19"/>
        <location filename="../../core/report/report_content.cpp" line="313"/>
        <source>Hardware TFLOP/s per GPU</source>
        <translation>单卡硬件 TFLOP/s</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="316"/>
        <source>Micro-batches per step</source>
        <translation>每步微批数</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="34"/>
        <location filename="../../core/report/report_content.cpp" line="323"/>
        <location filename="../../core/report/report_content.cpp" line="476"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="35"/>
        <location filename="../../core/report/report_content.cpp" line="324"/>
        <location filename="../../core/report/report_content.cpp" line="480"/>
        <source>TP communication</source>
        <translation>张量并行通信</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="36"/>
        <location filename="../../core/report/report_content.cpp" line="325"/>
        <source>PP communication</source>
        <translation>流水并行通信</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="37"/>
        <location filename="../../core/report/report_content.cpp" line="326"/>
        <source>Pipeline bubble</source>
        <translation>流水线气泡</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="327"/>
        <source>DP communication (exposed)</source>
        <translation>数据并行通信(未重叠)</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="39"/>
        <location filename="../../core/report/report_content.cpp" line="328"/>
        <source>Optimizer step</source>
        <translation>优化器更新</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="73"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="75"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="77"/>
        <source>info</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../core/analysis/budget_status.cpp" line="106"/>
        <location filename="../../core/report/report_content.cpp" line="85"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="87"/>
        <source>selective</source>
        <translation>选择性</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="89"/>
        <source>full</source>
        <translation>完全</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="96"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="140"/>
        <location filename="../../core/report/figure_names.cpp" line="142"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="144"/>
        <source>%1 sequences</source>
        <translation>%1 条序列</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="38"/>
        <source>DP communication exposed</source>
        <translation>数据并行通信(未重叠)</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="23"/>
        <source>Time lost to restarts</source>
        <translation>重启损失的时间占比</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="24"/>
        <source>Goodput</source>
        <translation>有效训练时间占比 (Goodput)</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="25"/>
        <location filename="../../core/report/report_content.cpp" line="230"/>
        <location filename="../../core/report/report_content.cpp" line="319"/>
        <source>Time to train with failures</source>
        <translation>计入故障的训练时长</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="27"/>
        <source>Failed servers per scalable unit (mean)</source>
        <translation>每个可扩展单元的故障服务器数(均值)</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="29"/>
        <location filename="../../core/report/report_content.cpp" line="320"/>
        <source>Hot spares per scalable unit</source>
        <translation>每个可扩展单元的热备服务器</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="30"/>
        <source>Hot spares in all</source>
        <translation>热备服务器总数</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="40"/>
        <location filename="../../core/report/report_content.cpp" line="329"/>
        <source>EP all-to-all</source>
        <translation>专家并行 all-to-all</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="41"/>
        <location filename="../../core/report/report_content.cpp" line="330"/>
        <source>CP exchange (exposed)</source>
        <translation>上下文并行交换（暴露部分）</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="43"/>
        <source>EP NVLink demand per GPU</source>
        <translation>每 GPU 的专家并行 NVLink 需求</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="45"/>
        <source>EP fabric demand per GPU</source>
        <translation>每 GPU 的专家并行计算网络需求</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="46"/>
        <source>CP demand per GPU</source>
        <translation>每 GPU 的上下文并行需求</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="48"/>
        <source>Compute fabric demand per GPU</source>
        <translation>计算网络单卡带宽需求</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="50"/>
        <source>Compute fabric bandwidth to hide DP, per GPU</source>
        <translation>隐藏数据并行通信所需的计算网络带宽（每 GPU）</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="52"/>
        <source>Compute fabric capacity per GPU</source>
        <translation>计算网络单卡带宽容量</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="53"/>
        <source>NVLink demand per GPU</source>
        <translation>每 GPU 的 NVLink 需求</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="55"/>
        <source>NVLink capacity per GPU</source>
        <translation>每 GPU 的 NVLink 容量</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="57"/>
        <source>Storage read demand</source>
        <translation>存储读取需求</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="58"/>
        <source>Storage read capacity</source>
        <translation>存储读取带宽容量</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="61"/>
        <source>Checkpoint write</source>
        <translation>检查点写入</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="62"/>
        <source>Checkpoint interval</source>
        <translation>检查点间隔</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="63"/>
        <source>Checkpoint overhead</source>
        <translation>检查点开销</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="64"/>
        <source>Checkpoint write bandwidth needed</source>
        <translation>所需检查点写入带宽</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="66"/>
        <source>Restore read</source>
        <translation>恢复读取量</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="67"/>
        <source>Checkpoint restore</source>
        <translation>检查点恢复</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="69"/>
        <source>GPU server power at load</source>
        <translation>GPU 服务器负载功率</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="71"/>
        <source>IT power</source>
        <translation>IT功率</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="72"/>
        <source>Facility power</source>
        <translation>设施功率</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="74"/>
        <source>Cost of the run</source>
        <translation>训练电费</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="80"/>
        <source>Prefill compute</source>
        <translation>预填充计算</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="81"/>
        <source>Prefill memory reads</source>
        <translation>预填充显存读取</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="82"/>
        <source>Prefill TP communication</source>
        <translation>预填充张量并行通信</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="83"/>
        <location filename="../../core/report/report_content.cpp" line="443"/>
        <source>Sequences in flight per replica</source>
        <translation>每副本并发序列数</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="85"/>
        <source>Decode memory reads per step</source>
        <translation>每步解码显存读取</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="86"/>
        <source>Decode compute per step</source>
        <translation>每步解码计算</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="87"/>
        <source>Decode TP traffic per step</source>
        <translation>每步解码张量并行流量</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="88"/>
        <source>Decode TP communication per step</source>
        <translation>每步解码张量并行通信</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="90"/>
        <source>Request latency</source>
        <translation>请求延迟</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="93"/>
        <location filename="../../core/report/serving_report.cpp" line="90"/>
        <source>Model replicas</source>
        <translation>模型副本数</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="94"/>
        <source>Output tokens per second</source>
        <translation>每秒输出 token 数</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="95"/>
        <location filename="../../core/report/serving_report.cpp" line="90"/>
        <source>Load</source>
        <translation>负载</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="96"/>
        <source>Replicas needed</source>
        <translation>所需副本数</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="97"/>
        <source>GPUs needed</source>
        <translation>所需 GPU 数</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="98"/>
        <source>Servers needed</source>
        <translation>所需服务器数</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="99"/>
        <source>Power of the servers needed</source>
        <translation>所需服务器的功率</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="100"/>
        <source>GPUs per replica</source>
        <translation>每副本GPU数</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="101"/>
        <source>Prefill EP all-to-all</source>
        <translation>预填充专家并行全互连</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="102"/>
        <source>Prefill stage hand-offs</source>
        <translation>预填充流水级间传递</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="103"/>
        <source>Decode EP all-to-all per stage</source>
        <translation>每级解码专家并行全互连</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="104"/>
        <source>Decode step of one pipeline stage</source>
        <translation>单个流水级的解码步</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="105"/>
        <source>Decode stage hand-offs per token</source>
        <translation>每token解码流水级间传递</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="106"/>
        <source>Tokens per second per replica</source>
        <translation>每副本每秒token数</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="107"/>
        <source>KV cache transfer to the decode pool</source>
        <translation>KV缓存传至解码池</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="110"/>
        <source>Prefill prompts per second per GPU</source>
        <translation>每GPU每秒预填充请求数</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="112"/>
        <source>Decode tokens per second per GPU</source>
        <translation>每GPU每秒解码token数</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="113"/>
        <source>Prefill GPUs per decode GPU</source>
        <translation>每个解码GPU对应的预填充GPU数</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="116"/>
        <source>Tokens per second per GPU, aggregated serving</source>
        <translation>合并部署时每GPU每秒token数</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="117"/>
        <source>Prefill replicas needed</source>
        <translation>所需预填充副本数</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="118"/>
        <source>Decode replicas needed</source>
        <translation>所需解码副本数</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="119"/>
        <source>Prefill GPUs needed</source>
        <translation>所需预填充GPU数</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="120"/>
        <source>Decode GPUs needed</source>
        <translation>所需解码GPU数</translation>
    </message>
    <message>
        <location filename="../../core/scenario/scenario_comparison.cpp" line="65"/>
        <source>pre-training</source>
        <translation>预训练</translation>
    </message>
    <message>
        <location filename="../../core/scenario/scenario_comparison.cpp" line="67"/>
        <source>fine-tuning</source>
        <translation>微调</translation>
    </message>
    <message>
        <location filename="../../core/scenario/scenario_comparison.cpp" line="69"/>
        <source>inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <location filename="../../core/scenario/scenario_comparison.cpp" line="79"/>
        <source>Workload</source>
        <translation>负载类型</translation>
    </message>
    <message>
        <location filename="../../core/scenario/scenario_comparison.cpp" line="89"/>
        <source>FSDP</source>
        <translation>FSDP</translation>
    </message>
    <message>
        <location filename="../../core/scenario/scenario_comparison.cpp" line="91"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../core/scenario/scenario_comparison.cpp" line="92"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../core/scenario/scenario_comparison.cpp" line="106"/>
        <source>Compute NIC</source>
        <translation>计算网卡</translation>
    </message>
    <message>
        <location filename="../../core/scenario/scenario_comparison.cpp" line="108"/>
        <source>Storage nodes</source>
        <translation>存储节点数</translation>
    </message>
    <message>
        <location filename="../../core/scenario/scenario_comparison.cpp" line="110"/>
        <source>TP</source>
        <translation>张量并行 TP</translation>
    </message>
    <message>
        <location filename="../../core/scenario/scenario_comparison.cpp" line="112"/>
        <source>PP</source>
        <translation>流水并行 PP</translation>
    </message>
    <message>
        <location filename="../../core/scenario/scenario_comparison.cpp" line="114"/>
        <source>DP</source>
        <translation>数据并行 DP</translation>
    </message>
    <message>
        <location filename="../../core/scenario/scenario_comparison.cpp" line="116"/>
        <source>CP</source>
        <translation>CP</translation>
    </message>
    <message>
        <location filename="../../core/scenario/scenario_comparison.cpp" line="118"/>
        <source>EP</source>
        <translation>EP</translation>
    </message>
    <message>
        <location filename="../../core/scenario/scenario_comparison.cpp" line="120"/>
        <source>Virtual stages</source>
        <translation>虚拟流水阶段</translation>
    </message>
    <message>
        <location filename="../../core/scenario/scenario_comparison.cpp" line="122"/>
        <source>Micro-batch</source>
        <translation>微批大小</translation>
    </message>
    <message>
        <location filename="../../core/scenario/scenario_comparison.cpp" line="124"/>
        <source>Global batch</source>
        <translation>全局批大小</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="123"/>
        <source>no estimate</source>
        <translation>无估算结果</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="129"/>
        <source>TP %1 x CP %2 x PP %3 x DP %4, EP %5, micro-batch %6, global batch %7, recompute %8</source>
        <translation>TP %1 × CP %2 × PP %3 × DP %4,EP %5,微批大小 %6,全局批大小 %7,重计算:%8</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="136"/>
        <source>TP %1 x PP %2 x DP %3, micro-batch %4, global batch %5, recompute %6</source>
        <translation>TP %1 × PP %2 × DP %3,微批大小 %4,全局批大小 %5,重计算:%6</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="145"/>
        <source>%1, %2, batch %3, prompt %4 + output %5 tokens</source>
        <translation>%1,%2,批大小 %3,提示 %4 + 输出 %5 个token</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="174"/>
        <source>Every budget line of the plan passes (budgets in the estimate).</source>
        <translation>方案的所有预算项均通过(预算见估算部分)。</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="178"/>
        <source>Budget lines that warn or fail</source>
        <translation>警告或不通过的预算项</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="215"/>
        <location filename="../../core/report/report_content.cpp" line="244"/>
        <location filename="../../core/report/report_content.cpp" line="437"/>
        <source>%1, %2 parameters</source>
        <translation>%1,%2 参数</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="224"/>
        <location filename="../../core/report/report_content.cpp" line="255"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="228"/>
        <source>%1 for %2 tokens</source>
        <translation>%1(训练 %2 Token)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="231"/>
        <source>%1 at %2 goodput</source>
        <translation>%1(有效训练时间占比 %2)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="234"/>
        <source>Hot spares</source>
        <translation>热备服务器</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="235"/>
        <source>%1 per scalable unit of %2 servers, %3 in all</source>
        <translation>每个 %2 台服务器的可扩展单元 %1 台,共 %3 台</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="259"/>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="263"/>
        <source>none: give --plan PLAN.json, or add a scenario to the design</source>
        <translation>无:请用 --plan PLAN.json 指定方案,或在设计中添加场景</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="289"/>
        <source>Compute fabric: %1 leaf, %2 spine and %3 core switches.</source>
        <translation>GPU计算网络:%1 台叶交换机、%2 台脊交换机和 %3 台核心交换机。</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="299"/>
        <location filename="../../core/report/report_content.cpp" line="404"/>
        <source>Plan: %1. Model %2; %3; on the design&apos;s %4 %5 GPUs.</source>
        <translation>方案:%1。模型 %2;%3;运行在本设计的 %4 块 %5 GPU 上。</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="304"/>
        <location filename="../../core/report/report_content.cpp" line="399"/>
        <location filename="../../core/report/report_content.cpp" line="734"/>
        <source>No estimate: %1.</source>
        <translation>无估算结果:%1。</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="318"/>
        <source>Goodput (checkpoints, restarts)</source>
        <translation>有效训练时间占比(扣除检查点与重启)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="331"/>
        <source>Where one training step&apos;s time goes</source>
        <translation>单个训练步的时间构成</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="332"/>
        <source>time per step (s)</source>
        <translation>单步时间 (秒)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="334"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="335"/>
        <source>Step time breakdown</source>
        <translation>单步时间分解</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="336"/>
        <location filename="../../core/report/report_content.cpp" line="472"/>
        <source>Part</source>
        <translation>组成</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="336"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="337"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="345"/>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="351"/>
        <source>Memory per GPU (first pipeline stage)</source>
        <translation>单卡显存(第一个流水线阶段)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="352"/>
        <location filename="../../core/report/report_content.cpp" line="489"/>
        <source>memory per GPU (GiB)</source>
        <translation>单卡显存 (GiB)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="353"/>
        <location filename="../../core/report/report_content.cpp" line="490"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="353"/>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="354"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="354"/>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="355"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="355"/>
        <location filename="../../core/report/report_content.cpp" line="379"/>
        <location filename="../../core/report/report_content.cpp" line="493"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="362"/>
        <source>The model does not fit in GPU memory: lower micro_batch, raise tp or pp, or use recompute full.</source>
        <translation>模型超出GPU显存容量:请减小 micro_batch、增大 tp 或 pp,或采用完全重计算(recompute full)。</translation>
    </message>
    <message>
        <location filename="../../core/analysis/budget_status.cpp" line="154"/>
        <source>GPU memory (weights, gradients, optimizer, activations)</source>
        <translation>GPU 显存(权重、梯度、优化器、激活)</translation>
    </message>
    <message>
        <location filename="../../core/analysis/budget_status.cpp" line="159"/>
        <source>Compute fabric per GPU (average over a step)</source>
        <translation>GPU计算网络单卡带宽(按一步平均)</translation>
    </message>
    <message>
        <location filename="../../core/analysis/budget_status.cpp" line="164"/>
        <source>Compute fabric per GPU (to hide the DP reduction)</source>
        <translation>GPU计算网络单卡带宽(隐藏数据并行归约所需)</translation>
    </message>
    <message>
        <location filename="../../core/analysis/budget_status.cpp" line="169"/>
        <source>NVLink per GPU (average over a step)</source>
        <translation>NVLink 单卡带宽(按一步平均)</translation>
    </message>
    <message>
        <location filename="../../core/analysis/budget_status.cpp" line="188"/>
        <source>EP all-to-all on NVLink per GPU</source>
        <translation>每 GPU 的 EP all-to-all（NVLink）</translation>
    </message>
    <message>
        <location filename="../../core/analysis/budget_status.cpp" line="192"/>
        <source>EP all-to-all on the compute fabric per GPU</source>
        <translation>每 GPU 的 EP all-to-all（计算网络）</translation>
    </message>
    <message>
        <location filename="../../core/analysis/budget_status.cpp" line="198"/>
        <source>CP ring exchange per GPU</source>
        <translation>每 GPU 的 CP 环形交换</translation>
    </message>
    <message>
        <location filename="../../core/analysis/budget_status.cpp" line="204"/>
        <source>Storage read (training data)</source>
        <translation>存储读取(训练数据)</translation>
    </message>
    <message>
        <location filename="../../core/analysis/budget_status.cpp" line="230"/>
        <source>Checkpoint write (to keep the overhead at the target)</source>
        <translation>检查点写入(使开销保持在目标内)</translation>
    </message>
    <message>
        <location filename="../../core/analysis/budget_status.cpp" line="249"/>
        <source>Checkpoint restore after a failure</source>
        <translation>故障后的检查点恢复</translation>
    </message>
    <message>
        <location filename="../../core/analysis/budget_status.cpp" line="104"/>
        <source>cannot run</source>
        <translation>无法运行</translation>
    </message>
    <message>
        <location filename="../../core/analysis/budget_status.cpp" line="107"/>
        <source>%1 per step (%2 of the step)</source>
        <translation>每步 %1(占步长的 %2)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="380"/>
        <source>Cost</source>
        <translation>代价</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="409"/>
        <source>One model replica runs on %1 GPUs across %2 servers (%3), %4 replicas on %5 servers. Continuous batching: the sequences in flight each get one output token per iteration, new prompts prefilled in chunks beside them; each iteration streams the weights and the KV cache from HBM once.</source>
        <translation>每个模型副本运行在跨 %2 台服务器的 %1 块 GPU 上(%3),%5 台服务器上共 %4 个副本。连续批处理:每次迭代为每个并发序列生成一个输出token,新请求的提示词分块预填充并随之执行;每次迭代从HBM读取一次权重和KV缓存。</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="434"/>
        <source>%1 over the compute fabric</source>
        <translation>%1 (经计算网络)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="440"/>
        <source>Pipeline stages</source>
        <translation>流水线级数</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="441"/>
        <source>Expert parallelism</source>
        <translation>专家并行</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="507"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="508"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="510"/>
        <source>Notes</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="512"/>
        <source>Every design rule passes.</source>
        <translation>全部设计规则均已通过。</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="516"/>
        <source>Findings</source>
        <translation>校验结果</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="517"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="517"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="518"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="518"/>
        <source>Fix</source>
        <translation>修复建议</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="527"/>
        <source>The first %1 of %2 findings; `cluster-studio validate` lists them all.</source>
        <translation>仅列出 %2 条校验结果中的前 %1 条;`cluster-studio validate` 可列出全部。</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="537"/>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="538"/>
        <location filename="../../core/scenario/scenario_comparison.cpp" line="74"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="539"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="540"/>
        <location filename="../../core/report/report_content.cpp" line="567"/>
        <source>Rack units</source>
        <translation>机柜U数</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="541"/>
        <source>Max power</source>
        <translation>最大功率</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="549"/>
        <source>Cables and optics</source>
        <translation>线缆与光模块</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="550"/>
        <location filename="../../core/report/report_content.cpp" line="648"/>
        <source>Cable</source>
        <translation>线缆</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="551"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="551"/>
        <source>Runs</source>
        <translation>链路数</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="552"/>
        <location filename="../../core/report/report_content.cpp" line="568"/>
        <source>Transceivers</source>
        <translation>光模块</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="553"/>
        <location filename="../../core/report/report_content.cpp" line="778"/>
        <location filename="../../core/report/report_content.cpp" line="788"/>
        <source>Power</source>
        <translation>功率</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="569"/>
        <source>Device power, catalog maximum</source>
        <translation>设备功率(目录最大值)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="570"/>
        <source>Optics and active cables</source>
        <translation>光模块与有源线缆</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="592"/>
        <source>Each switch is failed alone, its traffic left to the surviving paths (%1): the GPUs its network then cuts off, the share of the cluster&apos;s compute bandwidth lost, and the GPU servers that lose their storage. The most harmful switches of each network come first.</source>
        <translation>逐台交换机单独模拟故障，其流量改走其余路径（%1）：其所在网络因此断开的 GPU、集群计算带宽损失的比例，以及失去存储的 GPU 服务器。每个网络中影响最大的交换机排在最前。</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="647"/>
        <source>One cable of each kind failed</source>
        <translation>每类线缆各断一根</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="667"/>
        <source>Cabled capacity per network</source>
        <translation>各网络已连接容量</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="669"/>
        <source>Link speeds</source>
        <translation>链路速率</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="670"/>
        <source>Sum of line rates</source>
        <translation>线速总和</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="691"/>
        <source>No plan estimate (%1): no demand to compare.</source>
        <translation>无方案估算结果(%1):没有可供对比的带宽需求。</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="693"/>
        <source>Without a plan there is no demand to compare the capacity with.</source>
        <translation>未指定方案,没有可与网络容量对比的带宽需求。</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="705"/>
        <source>What the plan asks of each network against what it offers. Compute and NVLink per GPU; storage for the whole cluster. The uplink and the management networks carry no training traffic. A line&apos;s status follows from what its shortfall costs: it warns from %1 of the step time and fails from %2, or when the plan cannot run.</source>
        <translation>方案对各网络的带宽需求与网络可提供的带宽对比。GPU计算网络和 NVLink 按单卡计,存储按整个集群计。上行业务网络和管理网络不承载训练流量。每个预算项的状态取决于其不足所造成的代价:占步长 %1 起警告,%2 起不通过,方案无法运行时亦不通过。</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="713"/>
        <source>Budget of the plan</source>
        <translation>方案的预算</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="378"/>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="379"/>
        <location filename="../../core/report/report_content.cpp" line="797"/>
        <source>Use</source>
        <translation>利用率</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="50"/>
        <source>air</source>
        <translation>风冷</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="52"/>
        <source>liquid, capacity not declared</source>
        <translation>液冷，未声明散热能力</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="53"/>
        <source>liquid, %1 kW</source>
        <translation>液冷，%1 kW</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="247"/>
        <source>Inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="84"/>
        <location filename="../../core/report/report_content.cpp" line="249"/>
        <location filename="../../core/report/report_content.cpp" line="450"/>
        <source>Time to first token</source>
        <translation>首token延迟</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="89"/>
        <location filename="../../core/report/report_content.cpp" line="251"/>
        <location filename="../../core/report/report_content.cpp" line="451"/>
        <source>Time per output token</source>
        <translation>每输出token延迟</translation>
    </message>
    <message>
        <location filename="../../core/analysis/budget_status.cpp" line="114"/>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../core/analysis/budget_status.cpp" line="116"/>
        <source>warn</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../core/analysis/budget_status.cpp" line="118"/>
        <source>fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location filename="../../core/analysis/inference_budget.cpp" line="49"/>
        <source>GPU memory (weights + KV cache)</source>
        <translation>GPU显存 (权重 + KV缓存)</translation>
    </message>
    <message>
        <location filename="../../core/analysis/inference_budget.cpp" line="52"/>
        <source>Batch (sequences at full context)</source>
        <translation>批大小 (满上下文的序列数)</translation>
    </message>
    <message>
        <location filename="../../core/analysis/inference_budget.cpp" line="78"/>
        <source>TP traffic per GPU during decode (%1)</source>
        <translation>解码阶段单卡张量并行流量 (%1)</translation>
    </message>
    <message>
        <location filename="../../core/analysis/inference_budget.cpp" line="94"/>
        <source>TP traffic per GPU during prefill (%1)</source>
        <translation>预填充阶段单卡张量并行流量 (%1)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="396"/>
        <source>Plan: %1. Model %2; on the design&apos;s %3 %4 GPUs.</source>
        <translation>方案:%1。模型 %2;运行在本设计的 %3 块 %4 GPU 上。</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="430"/>
        <source>%1 over NVLink</source>
        <translation>%1 (经NVLink)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="432"/>
        <source>%1 over PCIe</source>
        <translation>%1 (经PCIe)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="439"/>
        <source>Tensor parallelism</source>
        <translation>张量并行</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="442"/>
        <location filename="../../core/scenario/scenario_comparison.cpp" line="81"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="444"/>
        <source>Prompt tokens</source>
        <translation>提示token数</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="445"/>
        <source>Output tokens</source>
        <translation>输出token数</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="76"/>
        <location filename="../../core/report/report_content.cpp" line="446"/>
        <source>Weights per GPU</source>
        <translation>单卡权重</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="77"/>
        <location filename="../../core/report/report_content.cpp" line="447"/>
        <source>KV cache per GPU</source>
        <translation>单卡KV缓存</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="78"/>
        <source>Usable memory per GPU</source>
        <translation>每 GPU 可用显存</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="79"/>
        <location filename="../../core/report/report_content.cpp" line="449"/>
        <source>Largest batch that fits</source>
        <translation>可容纳的最大批大小</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="452"/>
        <source>Request time</source>
        <translation>单次请求时间</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="92"/>
        <location filename="../../core/report/report_content.cpp" line="453"/>
        <source>Tokens per second per GPU</source>
        <translation>单卡每秒token数</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="91"/>
        <location filename="../../core/report/report_content.cpp" line="455"/>
        <source>Tokens per second per server</source>
        <translation>单服务器每秒token数</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="457"/>
        <source>Tokens per second, cluster</source>
        <translation>集群每秒token数</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="461"/>
        <source>The batch does not fit in GPU memory: lower inference.batch (at most %1), raise inference.tp, or use fp8.</source>
        <translation>该批次超出GPU显存容量:请减小 inference.batch (最多 %1)、增大 inference.tp,或采用 fp8。</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="469"/>
        <source>Inference budget of the plan</source>
        <translation>方案的推理预算</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="378"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="380"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="420"/>
        <source>One model replica runs on %1 GPUs inside a server, %2 replicas per server, on %3 servers. Continuous batching: the sequences in flight each get one output token per iteration, new prompts prefilled in chunks beside them; each iteration streams the weights and the KV cache from HBM once.</source>
        <translation>每个模型副本运行在一台服务器内的 %1 块 GPU 上,每台服务器 %2 个副本,共 %3 台服务器。连续批处理:每次迭代为每个并发序列生成一个输出token,新请求的提示词分块预填充并随之执行;每次迭代从HBM读取一次权重和KV缓存。</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="471"/>
        <source>Prefill and decode</source>
        <translation>预填充与解码</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="472"/>
        <source>Prefill</source>
        <translation>预填充</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="473"/>
        <source>Decode step</source>
        <translation>解码步</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="478"/>
        <source>HBM read (weights, KV cache)</source>
        <translation>HBM读取 (权重、KV缓存)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="482"/>
        <source>Slower of compute and HBM, plus TP</source>
        <translation>计算与HBM中较慢者,加张量并行通信</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="490"/>
        <source>KV cache</source>
        <translation>KV缓存</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="491"/>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="492"/>
        <source>Activations and runtime reserve</source>
        <translation>激活值与运行时预留</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="493"/>
        <source>Usable</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="683"/>
        <source>An inference plan keeps each model replica inside one server: its tensor-parallel traffic rides NVLink or PCIe, budgeted with the GPU memory in the inference estimate; the networks between servers carry none of it.</source>
        <translation>推理方案中每个模型副本都位于一台服务器内:其张量并行流量走NVLink或PCIe,已与GPU显存一起列入推理估算的预算;服务器之间的网络不承载这部分流量。</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="715"/>
        <source>Bandwidth per GPU: the plan&apos;s demand against the links</source>
        <translation>单卡带宽:方案需求与链路能力对比</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="716"/>
        <source>bandwidth per GPU (GB/s)</source>
        <translation>单卡带宽 (GB/s)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="717"/>
        <source>GPU compute network</source>
        <translation>GPU计算网络</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="717"/>
        <source>NVLink</source>
        <translation>NVLink</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="718"/>
        <source>average demand</source>
        <translation>平均需求</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="719"/>
        <source>needed to hide DP</source>
        <translation>隐藏数据并行所需</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="720"/>
        <source>capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="727"/>
        <source>Storage budgets (training data reads, checkpoints, restores) apply to training plans; an inference server reads its weights once at start-up.</source>
        <translation>存储预算(训练数据读取、检查点写入与恢复)仅适用于训练方案;推理服务器只在启动时读取一次权重。</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="735"/>
        <source>Without a plan there is no storage budget: give --plan PLAN.json.</source>
        <translation>未指定方案,无法计算存储预算:请用 --plan PLAN.json 指定方案。</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="740"/>
        <source>Training reads its data, writes a checkpoint periodically, and after a failure reads the checkpoint back on every data-parallel replica. The interval is Young&apos;s optimum for the cluster&apos;s mean time between failures.</source>
        <translation>训练过程读取训练数据并周期性写入检查点(Checkpoint);发生故障后,每个数据并行副本都要读回检查点。检查点间隔取集群平均故障间隔(MTBF)下的 Young 最优值。</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="68"/>
        <location filename="../../core/report/report_content.cpp" line="746"/>
        <source>Training data read</source>
        <translation>训练数据读取</translation>
    </message>
    <message>
        <location filename="../../core/report/figure_names.cpp" line="60"/>
        <location filename="../../core/report/report_content.cpp" line="747"/>
        <source>Checkpoint size</source>
        <translation>检查点大小</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="748"/>
        <source>Checkpoint write bandwidth achieved</source>
        <translation>检查点实际写入带宽</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="750"/>
        <source>Checkpoint write time</source>
        <translation>检查点写入时间</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="751"/>
        <source>Cluster MTBF</source>
        <translation>集群平均故障间隔 (MTBF)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="752"/>
        <source>Optimal checkpoint interval</source>
        <translation>最优检查点间隔</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="753"/>
        <source>Checkpoint overhead (writes and rework)</source>
        <translation>检查点开销(写入与重算)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="755"/>
        <source>Write bandwidth for the %1 target</source>
        <translation>满足 %1 开销目标所需写入带宽</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="758"/>
        <source>Restore read (checkpoint x DP)</source>
        <translation>恢复读取量(检查点 x 数据并行)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="760"/>
        <source>Restore time</source>
        <translation>恢复时间</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="762"/>
        <source>Checkpoint times</source>
        <translation>检查点相关时间</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="763"/>
        <source>time (minutes)</source>
        <translation>时间 (分钟)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="764"/>
        <source>Write one checkpoint</source>
        <translation>写入一个检查点</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="765"/>
        <source>Restore after a failure</source>
        <translation>故障后恢复</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="766"/>
        <source>Interval between checkpoints</source>
        <translation>检查点间隔</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="767"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="774"/>
        <source>The design at training load: GPU servers at their GPUs&apos; TDP x 1.10 (at most their maximum), switches at maximum, other devices halfway between idle and maximum.</source>
        <translation>训练负载下的设计功率:GPU服务器按其GPU的 TDP × 1.10 计(不超过服务器最大功率),交换机按最大功率计,其他设备取空闲功率与最大功率的中间值。</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="777"/>
        <source>Power by device category</source>
        <translation>按设备类别统计功率</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="786"/>
        <source>IT total</source>
        <translation>IT合计</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="787"/>
        <source>Switch power by network</source>
        <translation>按网络统计交换机功率</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="795"/>
        <source>Rack</source>
        <translation>机柜</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="796"/>
        <source>Power at load</source>
        <translation>负载功率</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="796"/>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="797"/>
        <source>Cooling</source>
        <translation>散热</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="801"/>
        <source>Power per rack at load</source>
        <translation>各机柜负载功率</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="802"/>
        <source>power (kW)</source>
        <translation>功率 (kW)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="804"/>
        <source>at load</source>
        <translation>负载</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="804"/>
        <source>limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="824"/>
        <source>Racks over their limit</source>
        <translation>超出上限的机柜</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="827"/>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="828"/>
        <source>Facility power (IT x PUE)</source>
        <translation>设施功率(IT x PUE)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="830"/>
        <source>Training run</source>
        <translation>训练任务</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="835"/>
        <source>Cost of the energy</source>
        <translation>电费</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="836"/>
        <source>%1 (at %2 per kWh)</source>
        <translation>%1(电价 %2 / kWh)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="847"/>
        <source>Each scenario estimated on this design (with its variant of the design), side by side; a change from the first column is shown in brackets.</source>
        <translation>在本设计上(含各场景自身的设计变体)逐一估算各场景并并列对比;与第一列不同的数值在括号中给出变化幅度。</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="851"/>
        <source>Time to train per scenario</source>
        <translation>各场景训练时长</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="852"/>
        <source>time to train (days)</source>
        <translation>训练时长 (天)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="854"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="858"/>
        <source>%1: %2.</source>
        <translation>%1:%2。</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="865"/>
        <source>Scenarios side by side</source>
        <translation>场景并列对比</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="866"/>
        <location filename="../../core/report/report_content.cpp" line="961"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="878"/>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="903"/>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="904"/>
        <source>Assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="905"/>
        <location filename="../../core/report/report_content.cpp" line="961"/>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="905"/>
        <location filename="../../core/report/report_content.cpp" line="963"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="910"/>
        <source>GPU server power at training load, per GPU</source>
        <translation>训练负载下GPU服务器功率(每GPU)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="912"/>
        <source>Other devices&apos; load</source>
        <translation>其他设备负载</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="913"/>
        <source>%1 between idle and maximum</source>
        <translation>空闲至最大功率区间的 %1</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="915"/>
        <location filename="../../core/report/report_content.cpp" line="941"/>
        <location filename="../../core/report/report_content.cpp" line="949"/>
        <source>assumption (%1)</source>
        <translation>假设(%1)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="916"/>
        <source>PUE when the plan gives none</source>
        <translation>方案未给出时的PUE</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="918"/>
        <source>Energy price when the plan gives none</source>
        <translation>方案未给出时的电价</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="919"/>
        <source>%1 per kWh</source>
        <translation>每 kWh %1</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="922"/>
        <location filename="../../core/report/report_content.cpp" line="932"/>
        <location filename="../../core/report/report_content.cpp" line="936"/>
        <source>assumption: illustrative (%1)</source>
        <translation>假设:示意值(%1)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="924"/>
        <source>Server MTBF when the plan gives none</source>
        <translation>方案未给出时的服务器MTBF</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="927"/>
        <source>Network MTBF per server when the plan gives none</source>
        <translation>方案未给出时按服务器折算的网络MTBF</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="930"/>
        <source>Restart time when the plan gives none</source>
        <translation>方案未给出时的重启时间</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="934"/>
        <source>Repair time when the plan gives none</source>
        <translation>方案未给出时的修复时间</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="939"/>
        <source>Share of peak HBM bandwidth in decode</source>
        <translation>解码阶段达到的HBM峰值带宽比例</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="944"/>
        <source>Share of GPU memory for weights and KV cache</source>
        <translation>用于权重和KV缓存的GPU显存比例</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="947"/>
        <source>Latency of one TP all-reduce in a server</source>
        <translation>服务器内一次张量并行all-reduce的延迟</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="955"/>
        <source>Without a plan estimate there are no formulas to list.</source>
        <translation>没有方案估算结果,无公式可列。</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="960"/>
        <source>Every figure of the estimate</source>
        <translation>估算的全部数值</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="962"/>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="962"/>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../core/analysis/budget_diagnostics.cpp" line="15"/>
        <source>no capacity</source>
        <translation>无容量</translation>
    </message>
    <message>
        <location filename="../../core/analysis/budget_diagnostics.cpp" line="17"/>
        <source>%1: %2 of %3 (%4), the plan cannot run: %5</source>
        <translation>%1：%2 / %3（%4），方案无法运行：%5</translation>
    </message>
    <message>
        <location filename="../../core/analysis/budget_diagnostics.cpp" line="19"/>
        <source>%1: %2 of %3 (%4), costs %5: %6</source>
        <translation>%1：%2 / %3（%4），代价 %5：%6</translation>
    </message>
    <message>
        <location filename="../../core/analysis/budget_diagnostics.cpp" line="29"/>
        <source>Scenario &quot;%1&quot;: %2</source>
        <translation>场景“%1”：%2</translation>
    </message>
    <message>
        <location filename="../../core/analysis/budget_diagnostics.cpp" line="33"/>
        <source>The Budget dock explains the line: lower the micro-batch or the batch, raise TP or PP, or choose a GPU with more memory.</source>
        <translation>预算面板解释了这一项：减小微批次或批次，增大 TP 或 PP，或选用显存更大的 GPU。</translation>
    </message>
    <message>
        <location filename="../../core/analysis/budget_diagnostics.cpp" line="35"/>
        <source>The Budget dock explains the line; the demand falls with a plan that moves fewer bytes over this link, the cost with a faster link.</source>
        <translation>预算面板解释了这一项；减少该链路传输字节的方案可降低需求，更快的链路可降低代价。</translation>
    </message>
    <message>
        <location filename="../../core/base/report_text.cpp" line="83"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.h" line="81"/>
        <source>Resilience</source>
        <translation>容错能力</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="602"/>
        <source>The worst single failure, %1, cuts %2 GPUs off the compute network: a training job on them stops until the switch is replaced.</source>
        <translation>最严重的单点故障 %1 使 %2 个 GPU 与计算网络断开:在其上运行的训练任务将停止,直到更换该交换机。</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="608"/>
        <source>No single switch failure cuts a GPU off the compute network; the worst, %1, costs %2 of the cluster&apos;s compute bandwidth, and the job runs on with less bandwidth.</source>
        <translation>任何单台交换机故障都不会使 GPU 与计算网络断开;最严重的 %1 使集群损失 %2 的计算带宽,训练任务以较低带宽继续运行。</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="614"/>
        <source>No single switch failure cuts a GPU off the compute network or reduces its bandwidth.</source>
        <translation>任何单台交换机故障都不会使 GPU 与计算网络断开,也不会降低其带宽。</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="636"/>
        <source>%1: worst single switch failures</source>
        <translation>%1:影响最大的单台交换机故障</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="637"/>
        <source>Failed switch</source>
        <translation>故障交换机</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="621"/>
        <source>GPUs cut off</source>
        <translation>断开的 GPU</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="622"/>
        <source>Compute bandwidth lost</source>
        <translation>计算带宽损失</translation>
    </message>
    <message>
        <location filename="../../core/report/report_content.cpp" line="623"/>
        <source>Servers losing storage</source>
        <translation>失去存储的服务器</translation>
    </message>
    <message>
        <location filename="../../core/report/serving_report.cpp" line="13"/>
        <source>Within the latency targets</source>
        <translation>满足延迟目标</translation>
    </message>
    <message>
        <location filename="../../core/report/serving_report.cpp" line="14"/>
        <source>Batch sizes that fit in memory</source>
        <translation>显存可容纳的批大小</translation>
    </message>
    <message>
        <location filename="../../core/report/serving_report.cpp" line="18"/>
        <source>Beyond the targets or GPU memory</source>
        <translation>超出目标或GPU显存</translation>
    </message>
    <message>
        <location filename="../../core/report/serving_report.cpp" line="19"/>
        <source>Beyond GPU memory</source>
        <translation>超出GPU显存</translation>
    </message>
    <message>
        <location filename="../../core/report/serving_report.cpp" line="29"/>
        <source>Throughput against latency over the batch size</source>
        <translation>不同批大小下的吞吐与延迟</translation>
    </message>
    <message>
        <location filename="../../core/report/serving_report.cpp" line="30"/>
        <source>time per output token (ms)</source>
        <translation>每输出token延迟 (ms)</translation>
    </message>
    <message>
        <location filename="../../core/report/serving_report.cpp" line="31"/>
        <source>output tokens/s per GPU</source>
        <translation>单卡每秒输出token数</translation>
    </message>
    <message>
        <location filename="../../core/report/serving_report.cpp" line="37"/>
        <source>Time-per-output-token target</source>
        <translation>每输出token延迟目标</translation>
    </message>
    <message>
        <location filename="../../core/report/serving_report.cpp" line="43"/>
        <source>This plan: batch %1</source>
        <translation>本方案:批大小 %1</translation>
    </message>
    <message>
        <location filename="../../core/report/serving_report.cpp" line="54"/>
        <source>GPU servers needed</source>
        <translation>所需GPU服务器数</translation>
    </message>
    <message>
        <location filename="../../core/report/serving_report.cpp" line="59"/>
        <source>GPU servers needed against the load</source>
        <translation>不同负载所需的GPU服务器数</translation>
    </message>
    <message>
        <location filename="../../core/report/serving_report.cpp" line="60"/>
        <source>load (requests/s)</source>
        <translation>负载 (请求/s)</translation>
    </message>
    <message>
        <location filename="../../core/report/serving_report.cpp" line="61"/>
        <source>load (output tokens/s)</source>
        <translation>负载 (输出token/s)</translation>
    </message>
    <message>
        <location filename="../../core/report/serving_report.cpp" line="62"/>
        <source>GPU servers (count)</source>
        <translation>GPU服务器 (台)</translation>
    </message>
    <message>
        <location filename="../../core/report/serving_report.cpp" line="66"/>
        <source>Servers in this plan (%1)</source>
        <translation>本方案的服务器数(%1)</translation>
    </message>
    <message>
        <location filename="../../core/report/serving_report.cpp" line="72"/>
        <source>The plan&apos;s load</source>
        <translation>本方案的负载</translation>
    </message>
    <message>
        <location filename="../../core/report/serving_report.cpp" line="86"/>
        <source>%1 requests/s (%2)</source>
        <translation>%1 请求/s(%2)</translation>
    </message>
    <message>
        <location filename="../../core/report/serving_report.cpp" line="89"/>
        <source>Sizing for the load</source>
        <translation>满足负载的规模</translation>
    </message>
    <message>
        <location filename="../../core/report/serving_report.cpp" line="91"/>
        <source>GPU servers</source>
        <translation>GPU服务器数</translation>
    </message>
    <message>
        <location filename="../../core/report/serving_report.cpp" line="92"/>
        <source>Power at the servers&apos; maximum</source>
        <translation>服务器最大功率</translation>
    </message>
</context>
<context>
    <name>cs::ReportWriter</name>
    <message>
        <location filename="../../ui/reportwriter.cpp" line="111"/>
        <source>ClusterStudio design report · %1</source>
        <translation>ClusterStudio 设计报告 · %1</translation>
    </message>
    <message>
        <location filename="../../ui/reportwriter.cpp" line="114"/>
        <source>page %1 of %2</source>
        <translation>第 %1 页,共 %2 页</translation>
    </message>
    <message>
        <location filename="../../ui/reportwriter.cpp" line="117"/>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location filename="../../ui/reportwriter.cpp" line="162"/>
        <source>AI GPU cluster design report · %1</source>
        <translation>AI GPU集群设计报告 · %1</translation>
    </message>
    <message>
        <location filename="../../ui/reportwriter.cpp" line="164"/>
        <source>At a glance</source>
        <translation>一览</translation>
    </message>
    <message>
        <location filename="../../ui/reportwriter.cpp" line="168"/>
        <source>Made with ClusterStudio. Every figure has its formula, inputs and source in the section &quot;%1&quot;.</source>
        <translation>由 ClusterStudio 生成。每个数值的公式、输入和来源见“%1”一节。</translation>
    </message>
    <message>
        <location filename="../../ui/reportwriter.cpp" line="176"/>
        <location filename="../../ui/reportwriter.cpp" line="178"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../ui/reportwriter.cpp" line="367"/>
        <source>Network: %1</source>
        <translation>网络:%1</translation>
    </message>
    <message>
        <location filename="../../ui/reportwriter.cpp" line="369"/>
        <source>Diagram: all networks</source>
        <translation>拓扑图:全部网络</translation>
    </message>
    <message>
        <location filename="../../ui/reportwriter.cpp" line="388"/>
        <source>Rack elevations</source>
        <translation>机柜立面图</translation>
    </message>
    <message>
        <location filename="../../ui/reportwriter.cpp" line="475"/>
        <source>Not drawn here: %1 of %2 racks, in %3 of %4 rows. cluster-studio export FILE --format elevations -o racks.pdf draws every row.</source>
        <translation>此处未绘制：%2 个机柜中的 %1 个，分布在 %4 排中的 %3 排。cluster-studio export FILE --format elevations -o racks.pdf 可绘制所有排。</translation>
    </message>
    <message>
        <location filename="../../ui/reportwriter.cpp" line="413"/>
        <source>Floor plan</source>
        <translation>平面布置图</translation>
    </message>
    <message>
        <location filename="../../ui/reportwriter.cpp" line="428"/>
        <source>%1 more pages of the hall: cluster-studio export FILE --format floorplan -o plan.pdf draws all of it.</source>
        <translation>机房还有 %1 页：cluster-studio export FILE --format floorplan -o plan.pdf 可输出全部。</translation>
    </message>
</context>
<context>
    <name>cs::TableExport</name>
    <message>
        <location filename="../../ui/tableexport.cpp" line="110"/>
        <source>Export Table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <location filename="../../ui/tableexport.cpp" line="112"/>
        <source>CSV table (*.csv);;JSON (*.json)</source>
        <translation>CSV 表格 (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/tableexport.cpp" line="122"/>
        <source>Cannot Export Table</source>
        <translation>无法导出表格</translation>
    </message>
    <message>
        <location filename="../../ui/tableexport.cpp" line="182"/>
        <source>Copy as CSV</source>
        <translation>复制为 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/tableexport.cpp" line="187"/>
        <source>Export Table…</source>
        <translation>导出表格…</translation>
    </message>
</context>
<context>
    <name>cs::WhatIfOverlay</name>
    <message numerus="yes">
        <location filename="../../ui/whatifoverlay.cpp" line="54"/>
        <source>%n switch(es)</source>
        <translation>
            <numerusform>%n 台交换机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/whatifoverlay.cpp" line="57"/>
        <source>%n GPU server(s)</source>
        <translation>
            <numerusform>%n 台GPU服务器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/whatifoverlay.cpp" line="60"/>
        <source>%n CPU server(s)</source>
        <translation>
            <numerusform>%n 台CPU服务器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/whatifoverlay.cpp" line="63"/>
        <source>%n storage node(s)</source>
        <translation>
            <numerusform>%n 个存储节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/whatifoverlay.cpp" line="68"/>
        <source>%n cable(s)</source>
        <translation>
            <numerusform>%n 条线缆</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/whatifoverlay.cpp" line="113"/>
        <source>%n server(s) at %1 compute bandwidth</source>
        <translation>
            <numerusform>%n 台服务器剩余 %1 计算带宽</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/whatifoverlay.cpp" line="119"/>
        <source>%n server(s) with part of their compute bandwidth</source>
        <translation>
            <numerusform>%n 台服务器仅剩部分计算带宽</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/whatifoverlay.cpp" line="122"/>
        <source>%n GPU(s) cut off</source>
        <translation>
            <numerusform>%n 个 GPU 断开</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/whatifoverlay.cpp" line="124"/>
        <source>%n server(s) lose storage</source>
        <translation>
            <numerusform>%n 台服务器失去存储</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/whatifoverlay.cpp" line="128"/>
        <source>the plan cannot run</source>
        <translation>计划无法运行</translation>
    </message>
    <message>
        <location filename="../../ui/whatifoverlay.cpp" line="130"/>
        <source>step time +%1</source>
        <translation>步时 +%1</translation>
    </message>
    <message>
        <location filename="../../ui/whatifoverlay.cpp" line="131"/>
        <source>What-if, not saved: %1 failed — %2</source>
        <translation>故障模拟(不保存):%1 故障 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/whatifoverlay.cpp" line="136"/>
        <source>What-if: %1 compute bandwidth lost, %n GPU(s) cut off</source>
        <translation>
            <numerusform>故障模拟:计算带宽损失 %1,%n 个 GPU 断开</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/whatifoverlay.cpp" line="143"/>
        <source>Failed</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../../ui/whatifoverlay.cpp" line="148"/>
        <source>Cut off from the compute network</source>
        <translation>与计算网络断开</translation>
    </message>
    <message>
        <location filename="../../ui/whatifoverlay.cpp" line="150"/>
        <source>%1 of %2 compute links left: %3 of its compute bandwidth</source>
        <translation>剩余 %1/%2 条计算链路:保留 %3 的计算带宽</translation>
    </message>
    <message>
        <location filename="../../ui/whatifoverlay.cpp" line="158"/>
        <source>Cut off from the %1 network</source>
        <translation>与%1断开</translation>
    </message>
    <message>
        <location filename="../../ui/whatifoverlay.cpp" line="161"/>
        <source>Loses its storage</source>
        <translation>失去存储</translation>
    </message>
    <message>
        <location filename="../../ui/whatifoverlay.cpp" line="162"/>
        <source>Not affected</source>
        <translation>不受影响</translation>
    </message>
    <message>
        <location filename="../../ui/whatifoverlay.cpp" line="169"/>
        <source>&amp;Fail Selection</source>
        <translation>模拟所选故障(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/whatifoverlay.cpp" line="170"/>
        <source>&amp;Restore Selection</source>
        <translation>恢复所选(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/whatifoverlay.cpp" line="171"/>
        <source>Restore &amp;All</source>
        <translation>全部恢复(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/whatifoverlay.cpp" line="172"/>
        <source>Fail &amp;Plane</source>
        <translation>模拟平面故障(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/whatifoverlay.cpp" line="175"/>
        <source>Restore All</source>
        <translation>全部恢复</translation>
    </message>
    <message>
        <location filename="../../ui/whatifoverlay.cpp" line="180"/>
        <source>What if the selected devices, cables or racks fail? The design does not change.</source>
        <translation>假如所选设备、线缆或机柜发生故障会怎样?设计本身不会改变。</translation>
    </message>
    <message>
        <location filename="../../ui/whatifoverlay.cpp" line="248"/>
        <source>Plane %1</source>
        <translation>平面 %1</translation>
    </message>
</context>
</TS>
