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
    <name>QObject</name>
    <message>
        <location filename="../../ui/plandock.cpp" line="46"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../ui/studio.cpp" line="38"/>
        <source>ClusterStudio</source>
        <translation>ClusterStudio</translation>
    </message>
    <message>
        <location filename="../../ui/studio.cpp" line="39"/>
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
    <name>cs::BudgetDock</name>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="35"/>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="37"/>
        <source>warn</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="39"/>
        <source>fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="78"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="86"/>
        <source>Step time</source>
        <translation>单步时间</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="86"/>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="86"/>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="86"/>
        <source>Memory per GPU</source>
        <translation>单卡显存</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="87"/>
        <source>Time to train</source>
        <translation>训练时长</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="87"/>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="87"/>
        <source>Energy cost</source>
        <translation>电费</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="102"/>
        <source>Budget line</source>
        <translation>预算项</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="102"/>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="102"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="102"/>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="102"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="137"/>
        <source>no capacity</source>
        <translation>无容量</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="139"/>
        <source>demand / capacity; warns from %1%, fails from %2%</source>
        <translation>需求 / 容量;%1% 起警告,%2% 起不通过</translation>
    </message>
    <message>
        <location filename="../../ui/budgetdock.cpp" line="149"/>
        <source>The plan cannot be estimated (see the Plan dock): the figures are the last valid estimate&apos;s.</source>
        <translation>无法估算该方案(见“方案”面板):以下数值为上一次有效估算的结果。</translation>
    </message>
</context>
<context>
    <name>cs::CableTool</name>
    <message>
        <location filename="../../ui/cabletool.cpp" line="66"/>
        <source>No %1 cable: %2</source>
        <translation>无法连接%1线缆:%2</translation>
    </message>
</context>
<context>
    <name>cs::Category</name>
    <message>
        <location filename="../../ui/categorystyle.cpp" line="25"/>
        <source>GPU server</source>
        <translation>GPU服务器</translation>
    </message>
    <message>
        <location filename="../../ui/categorystyle.cpp" line="26"/>
        <source>CPU server</source>
        <translation>CPU服务器</translation>
    </message>
    <message>
        <location filename="../../ui/categorystyle.cpp" line="27"/>
        <source>Switch</source>
        <translation>交换机</translation>
    </message>
    <message>
        <location filename="../../ui/categorystyle.cpp" line="28"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
</context>
<context>
    <name>cs::ChartsDock</name>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="33"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="34"/>
        <source>TP communication</source>
        <translation>张量并行通信</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="36"/>
        <source>PP communication</source>
        <translation>流水并行通信</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="38"/>
        <source>DP exposed</source>
        <translation>数据并行通信(未重叠)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="40"/>
        <source>Pipeline bubble</source>
        <translation>流水线气泡</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="41"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="45"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="46"/>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="47"/>
        <source>Optimizer state</source>
        <translation>优化器状态</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="48"/>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="94"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="98"/>
        <source>Step time</source>
        <translation>单步时间</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="98"/>
        <source>Memory per GPU</source>
        <translation>单卡显存</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="98"/>
        <source>Rack power</source>
        <translation>机柜功率</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="98"/>
        <source>Scaling</source>
        <translation>扩展性</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="104"/>
        <source>Right-click to save this chart as PNG or PDF</source>
        <translation>右键单击可将此图表保存为 PNG 或 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="135"/>
        <source>Save chart as PNG…</source>
        <translation>将图表保存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="136"/>
        <source>Save chart as PDF…</source>
        <translation>将图表保存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="144"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="144"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="146"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="167"/>
        <source>One training step</source>
        <translation>一个训练步</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="168"/>
        <source>Time per step (s)</source>
        <translation>单步时间 (秒)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="189"/>
        <source>GPU memory capacity</source>
        <translation>GPU显存容量</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="192"/>
        <source>Per GPU (first pipeline stage)</source>
        <translation>单卡(第一个流水线阶段)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="193"/>
        <source>Memory (GiB)</source>
        <translation>显存 (GiB)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="213"/>
        <source>Power at training load</source>
        <translation>训练负载功率</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="218"/>
        <source>Rack power limit</source>
        <translation>机柜功率上限</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="224"/>
        <source>Rack</source>
        <translation>机柜</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="226"/>
        <source>Power (kW)</source>
        <translation>功率 (kW)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="258"/>
        <source>Cluster size (GPUs)</source>
        <translation>集群规模 (GPU数)</translation>
    </message>
    <message>
        <location filename="../../ui/chartsdock.cpp" line="270"/>
        <source> this design: %1 GPUs</source>
        <translation> 本设计:%1 张GPU</translation>
    </message>
</context>
<context>
    <name>cs::Commands</name>
    <message numerus="yes">
        <location filename="../../ui/commands/addcables.cpp" line="11"/>
        <source>Add %n %1 Cable(s)</source>
        <translation>
            <numerusform>添加 %n 条%1线缆</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/movedevices.cpp" line="58"/>
        <source>Move %n Device(s)</source>
        <translation>
            <numerusform>移动 %n 台设备</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/movedevices.cpp" line="91"/>
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
</context>
<context>
    <name>cs::DesignScene</name>
    <message>
        <location filename="../../ui/designscene.cpp" line="285"/>
        <source>%1/%2 kW · %3/%4 U</source>
        <translation>%1/%2 kW · %3/%4 U</translation>
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
        <location filename="../../ui/diagnosticsdock.cpp" line="56"/>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location filename="../../ui/diagnosticsdock.cpp" line="63"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/diagnosticsdock.cpp" line="63"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/diagnosticsdock.cpp" line="63"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/diagnosticsdock.cpp" line="127"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/diagnosticsdock.cpp" line="129"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::DiagramView</name>
    <message>
        <location filename="../../ui/diagramexport.cpp" line="111"/>
        <source>%1 network</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../ui/diagramexport.cpp" line="113"/>
        <source>All networks</source>
        <translation>全部网络</translation>
    </message>
    <message>
        <location filename="../../ui/diagramexport.cpp" line="191"/>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../ui/diagramexport.cpp" line="200"/>
        <source>%1 (%2 cables)</source>
        <translation>%1(%2 条线缆)</translation>
    </message>
    <message>
        <location filename="../../ui/diagramexport.cpp" line="205"/>
        <source>Devices</source>
        <translation>设备</translation>
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
    <name>cs::InspectorDock</name>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="46"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="51"/>
        <source>Select one device, cable or rack to see its properties.</source>
        <translation>选择一台设备、一条线缆或一个机柜以查看其属性。</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="76"/>
        <source>Name:</source>
        <translation>名称:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="77"/>
        <source>Type:</source>
        <translation>型号:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="78"/>
        <source>GPU:</source>
        <translation>GPU:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="79"/>
        <source>Compute NICs:</source>
        <translation>计算网卡:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="80"/>
        <location filename="../../ui/inspectordock.cpp" line="88"/>
        <source>Network:</source>
        <translation>网络:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="81"/>
        <source>Role:</source>
        <translation>角色:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="82"/>
        <location filename="../../ui/inspectordock.cpp" line="113"/>
        <source>Rack:</source>
        <translation>机柜:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="83"/>
        <source>Rack use:</source>
        <translation>机柜占用:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="84"/>
        <source>Power:</source>
        <translation>功率:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="85"/>
        <source>Ports:</source>
        <translation>端口:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="87"/>
        <source>Joins:</source>
        <translation>连接:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="89"/>
        <source>Speed:</source>
        <translation>速率:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="95"/>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="98"/>
        <source> U</source>
        <translation> U</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="107"/>
        <source>Limit the rack to %1 kW</source>
        <translation>将机柜功率上限设为 %1 kW</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="114"/>
        <source>Power limit:</source>
        <translation>功率上限:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="115"/>
        <source>Presets (kW):</source>
        <translation>预设 (kW):</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="116"/>
        <source>Height:</source>
        <translation>高度:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="117"/>
        <source>Use:</source>
        <translation>占用:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="118"/>
        <source>Devices:</source>
        <translation>设备:</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="146"/>
        <source>Rename Device</source>
        <translation>重命名设备</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="154"/>
        <source>Change Role</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="165"/>
        <source>Change GPU</source>
        <translation>修改GPU</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="178"/>
        <source>Change Rack</source>
        <translation>修改机柜</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="187"/>
        <source>Change Switch Network</source>
        <translation>修改交换机所属网络</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="199"/>
        <source>Rename Rack</source>
        <translation>重命名机柜</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="207"/>
        <source>Change Rack Power Limit</source>
        <translation>修改机柜功率上限</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="215"/>
        <source>Change Rack Height</source>
        <translation>修改机柜高度</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="223"/>
        <source>Cannot Change Rack</source>
        <translation>无法修改机柜</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="231"/>
        <source>Cannot Change Device</source>
        <translation>无法修改设备</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="288"/>
        <source>%1× %2 Gb/s</source>
        <translation>%1× %2 Gb/s</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="291"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="299"/>
        <source>(none)</source>
        <translation>(无)</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="305"/>
        <location filename="../../ui/inspectordock.cpp" line="334"/>
        <source>%1 of %2 kW · %3 of %4 U</source>
        <translation>%1 / %2 kW · %3 / %4 U</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="310"/>
        <source>not in a rack</source>
        <translation>未上架</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="312"/>
        <source>%1 kW max · %2 kW idle</source>
        <translation>最大 %1 kW · 空闲 %2 kW</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="313"/>
        <source>%1 of %2 cabled</source>
        <translation>已连接 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/inspectordock.cpp" line="324"/>
        <source>%1 Gb/s</source>
        <translation>%1 Gb/s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inspectordock.cpp" line="345"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n 台设备</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inspectordock.cpp" line="349"/>
        <source> and %n more</source>
        <translation>
            <numerusform> 等另外 %n 台</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::LegendWidget</name>
    <message>
        <location filename="../../ui/legendwidget.cpp" line="34"/>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../ui/legendwidget.cpp" line="34"/>
        <source>cables</source>
        <translation>线缆</translation>
    </message>
    <message>
        <location filename="../../ui/legendwidget.cpp" line="40"/>
        <source>Show or hide the %1 cables</source>
        <translation>显示或隐藏%1线缆</translation>
    </message>
    <message>
        <location filename="../../ui/legendwidget.cpp" line="51"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/legendwidget.cpp" line="51"/>
        <source>count</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>cs::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="62"/>
        <source>%1 devices  ·  %2 GPUs  ·  %3 cables  ·  %4 racks  ·  IT power %5 kW max (%6 kW idle)</source>
        <translation>%1 台设备  ·  %2 张GPU  ·  %3 条线缆  ·  %4 个机柜  ·  IT功率最大 %5 kW(空闲 %6 kW)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="76"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="81"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="191"/>
        <location filename="../../ui/mainwindow_files.cpp" line="98"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="194"/>
        <source>%1 — ClusterStudio</source>
        <translation>%1 — ClusterStudio</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="203"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="228"/>
        <source>Cannot Place Device</source>
        <translation>无法放置设备</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="237"/>
        <source>Click on the canvas to place %1; Esc returns to selecting.</source>
        <translation>在画布上单击以放置%1;按 Esc 返回选择。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="269"/>
        <source>Cannot Delete</source>
        <translation>无法删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="281"/>
        <source>Duplicate %n Device(s)</source>
        <translation>
            <numerusform>复制出 %n 台设备</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="283"/>
        <source>Cannot Duplicate</source>
        <translation>无法复制</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="312"/>
        <source>Paste %n Device(s)</source>
        <translation>
            <numerusform>粘贴 %n 台设备</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="314"/>
        <source>Cannot Paste</source>
        <translation>无法粘贴</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="329"/>
        <source>Every %1 port of the selection is already cabled.</source>
        <translation>所选设备的%1端口均已连线。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="338"/>
        <source>Cannot Auto-Cable</source>
        <translation>无法自动连线</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="356"/>
        <source>Cannot Add Rack</source>
        <translation>无法添加机柜</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="376"/>
        <source>Cannot Move into Rack</source>
        <translation>无法移入机柜</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="401"/>
        <source>Cannot Open Design</source>
        <translation>无法打开设计</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="402"/>
        <source>ClusterStudio could not open “%1”.

%2</source>
        <translation>ClusterStudio 无法打开“%1”。

%2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="33"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="34"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="35"/>
        <source>New from &amp;Generator…</source>
        <translation>由生成器新建(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="37"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="40"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="41"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="43"/>
        <source>&amp;Import JSON…</source>
        <translation>导入 JSON(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="44"/>
        <source>&amp;Export JSON…</source>
        <translation>导出 JSON(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="45"/>
        <source>Export &amp;Diagram…</source>
        <translation>导出拓扑图(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="46"/>
        <source>Export &amp;Report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="48"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="53"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="54"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="56"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="61"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="62"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="69"/>
        <source>D&amp;uplicate</source>
        <translation>再制(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="71"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="72"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="78"/>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="83"/>
        <location filename="../../ui/mainwindow_actions.cpp" line="90"/>
        <source>Rename Device</source>
        <translation>重命名设备</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="83"/>
        <source>Name:</source>
        <translation>名称:</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="92"/>
        <source>Cannot Rename</source>
        <translation>无法重命名</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="94"/>
        <source>A&amp;lign</source>
        <translation>对齐(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="96"/>
        <source>&amp;Left Edges</source>
        <translation>左对齐(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="97"/>
        <source>&amp;Top Edges</source>
        <translation>顶端对齐(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="98"/>
        <source>&amp;Horizontal Centres</source>
        <translation>水平居中(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="99"/>
        <source>&amp;Vertical Centres</source>
        <translation>垂直居中(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="109"/>
        <source>Auto-&amp;Cable Selection</source>
        <translation>自动连线所选设备(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="111"/>
        <source>To %1</source>
        <translation>连接到%1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="115"/>
        <source>New &amp;Rack</source>
        <translation>新建机柜(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="116"/>
        <source>&amp;Move Selection into Rack…</source>
        <translation>将所选移入机柜(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="129"/>
        <source>Move into Rack</source>
        <translation>移入机柜</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="129"/>
        <source>Rack:</source>
        <translation>机柜:</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="135"/>
        <source>&amp;Find Devices</source>
        <translation>查找设备(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="140"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="141"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="142"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="143"/>
        <source>Zoom to &amp;Fit</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="144"/>
        <source>Zoom to &amp;Selection</source>
        <translation>缩放到所选(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="146"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="165"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="170"/>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="184"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="185"/>
        <source>The language will change when ClusterStudio is restarted.</source>
        <translation>重新启动 ClusterStudio 后将切换语言。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="191"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="194"/>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="208"/>
        <source>%1 cable</source>
        <translation>%1线缆</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_actions.cpp" line="213"/>
        <source>Draw %1 cables: drag from a device to a device; hold Shift when releasing to choose the ports</source>
        <translation>绘制%1线缆:从一台设备拖到另一台设备;松开时按住 Shift 可选择端口</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="25"/>
        <source>ClusterStudio projects (*.csd)</source>
        <translation>ClusterStudio 项目 (*.csd)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="29"/>
        <source>ClusterStudio JSON (*.json)</source>
        <translation>ClusterStudio JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="52"/>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="52"/>
        <source>The design has unsaved changes. Save them before closing it?</source>
        <translation>设计有未保存的更改。关闭前是否保存?</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="96"/>
        <source>Recover Unsaved Work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="97"/>
        <source>“%1” has unsaved work from an earlier session that did not close normally. Recover it?</source>
        <translation>“%1”有上次未正常关闭的会话留下的未保存工作。是否恢复?</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="130"/>
        <source>Open Design</source>
        <translation>打开设计</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="130"/>
        <source>ClusterStudio designs (*.csd *.json);;All files (*)</source>
        <translation>ClusterStudio 设计 (*.csd *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="159"/>
        <location filename="../../ui/mainwindow_files.cpp" line="172"/>
        <source>Cannot Save Design</source>
        <translation>无法保存设计</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="164"/>
        <source>Save Design As</source>
        <translation>设计另存为</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="179"/>
        <source>Import JSON</source>
        <translation>导入 JSON</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="188"/>
        <source>Export JSON</source>
        <translation>导出 JSON</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="195"/>
        <source>Cannot Export Design</source>
        <translation>无法导出设计</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="201"/>
        <source>Export Diagram</source>
        <translation>导出拓扑图</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="202"/>
        <source>SVG drawing (*.svg);;PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>SVG 矢量图 (*.svg);;PNG 图像 (*.png);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="213"/>
        <source>Cannot Export Diagram</source>
        <translation>无法导出拓扑图</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="220"/>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="220"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow_files.cpp" line="232"/>
        <source>Cannot Export Report</source>
        <translation>无法导出报告</translation>
    </message>
</context>
<context>
    <name>cs::Network</name>
    <message>
        <location filename="../../ui/networkstyle.cpp" line="22"/>
        <source>GPU compute</source>
        <translation>GPU计算网络</translation>
    </message>
    <message>
        <location filename="../../ui/networkstyle.cpp" line="23"/>
        <source>Storage</source>
        <translation>数据存储网络</translation>
    </message>
    <message>
        <location filename="../../ui/networkstyle.cpp" line="24"/>
        <source>Uplink (business)</source>
        <translation>上行业务网络</translation>
    </message>
    <message>
        <location filename="../../ui/networkstyle.cpp" line="25"/>
        <source>In-band management</source>
        <translation>带内管理网络</translation>
    </message>
    <message>
        <location filename="../../ui/networkstyle.cpp" line="26"/>
        <source>Out-of-band management</source>
        <translation>带外管理网络</translation>
    </message>
</context>
<context>
    <name>cs::NewDesignDialog</name>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="29"/>
        <source>New Design from Generator</source>
        <translation>由生成器新建设计</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="38"/>
        <source>Automatic (by the server&apos;s NICs)</source>
        <translation>自动(按服务器网卡)</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="42"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="45"/>
        <source>GPU &amp;servers:</source>
        <translation>GPU服务器(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="46"/>
        <source>Server &amp;type:</source>
        <translation>服务器型号(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="47"/>
        <source>Compute &amp;fabric:</source>
        <translation>计算网络(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="48"/>
        <source>S&amp;torage nodes:</source>
        <translation>存储节点(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="68"/>
        <source>Cannot Generate Design</source>
        <translation>无法生成设计</translation>
    </message>
    <message>
        <location filename="../../ui/newdesigndialog.cpp" line="69"/>
        <source>The generator cannot build this cluster.

%1</source>
        <translation>生成器无法构建此集群。

%1</translation>
    </message>
</context>
<context>
    <name>cs::PaletteDock</name>
    <message>
        <location filename="../../ui/palettedock.cpp" line="50"/>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <location filename="../../ui/palettedock.cpp" line="53"/>
        <source>%1× %2G</source>
        <translation>%1× %2G</translation>
    </message>
    <message>
        <location filename="../../ui/palettedock.cpp" line="55"/>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <location filename="../../ui/palettedock.cpp" line="89"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/palettedock.cpp" line="93"/>
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
        <location filename="../../ui/plandock.cpp" line="59"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="74"/>
        <location filename="../../ui/plandock.cpp" line="394"/>
        <source>Add scenario</source>
        <translation>添加场景</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="75"/>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="81"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="87"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="95"/>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="96"/>
        <source>Hidden size</source>
        <translation>隐藏层维度</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="97"/>
        <source>Attention heads</source>
        <translation>注意力头数</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="98"/>
        <source>KV heads</source>
        <translation>KV头数</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="99"/>
        <source>FFN hidden size</source>
        <translation>FFN隐藏层维度</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="100"/>
        <source>Vocabulary</source>
        <translation>词表大小</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="101"/>
        <source>Sequence length</source>
        <translation>序列长度</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="105"/>
        <source>Tokens to train on; the preset&apos;s dataset size by default</source>
        <translation>训练的token数;默认为预设的数据集规模</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="106"/>
        <source>Dataset tokens</source>
        <translation>数据集token数</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="108"/>
        <source>Pre-training</source>
        <translation>预训练</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="109"/>
        <source>Fine-tuning</source>
        <translation>微调</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="110"/>
        <source>Inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="111"/>
        <source>Workload</source>
        <translation>负载类型</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="119"/>
        <source>Tensor parallel (TP)</source>
        <translation>张量并行 (TP)</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="120"/>
        <source>Pipeline parallel (PP)</source>
        <translation>流水并行 (PP)</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="121"/>
        <source>Data parallel (DP)</source>
        <translation>数据并行 (DP)</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="122"/>
        <source>Virtual stages</source>
        <translation>虚拟流水阶段</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="123"/>
        <source>Micro-batch</source>
        <translation>微批大小</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="124"/>
        <source>Global batch</source>
        <translation>全局批大小</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="126"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="127"/>
        <source>Selective</source>
        <translation>选择性</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="128"/>
        <source>Full</source>
        <translation>完全</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="129"/>
        <source>Recompute</source>
        <translation>重计算</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="130"/>
        <source>Sequence parallel</source>
        <translation>序列并行</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="133"/>
        <source> /kWh</source>
        <translation> /kWh</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="134"/>
        <location filename="../../ui/plandock.cpp" line="187"/>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="135"/>
        <source>Energy price</source>
        <translation>电价</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="136"/>
        <source>Best plan</source>
        <translation>最优方案</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="137"/>
        <source>The fastest parallelism that fits, from core&apos;s plan sweep</source>
        <translation>方案搜索得出的可容纳且最快的并行方式</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="162"/>
        <source>tokens</source>
        <translation>token数</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="165"/>
        <source>workload</source>
        <translation>负载类型</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="173"/>
        <source>TP</source>
        <translation>TP</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="174"/>
        <source>PP</source>
        <translation>PP</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="175"/>
        <source>DP</source>
        <translation>DP</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="176"/>
        <source>virtual stages</source>
        <translation>虚拟流水阶段</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="177"/>
        <source>micro-batch</source>
        <translation>微批大小</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="178"/>
        <source>global batch</source>
        <translation>全局批大小</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="180"/>
        <source>recompute</source>
        <translation>重计算</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="184"/>
        <source>sequence parallel</source>
        <translation>序列并行</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="190"/>
        <source>energy price</source>
        <translation>电价</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="242"/>
        <source>The design has no scenario: add one to plan a training run on it.</source>
        <translation>该设计没有场景:请添加一个场景以规划训练任务。</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="260"/>
        <source>Inference plans are estimated by the command line (estimate); the budget and charts cover training.</source>
        <translation>推理方案由命令行 (estimate) 估算;预算和图表仅涵盖训练。</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="356"/>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="367"/>
        <source>No plan fits this model on this cluster at this global batch (%1 plans evaluated).</source>
        <translation>在此全局批大小下,没有方案能在此集群上容纳该模型(已评估 %1 个方案)。</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="373"/>
        <source>best plan</source>
        <translation>最优方案</translation>
    </message>
    <message>
        <location filename="../../ui/plandock.cpp" line="390"/>
        <source>Scenario %1</source>
        <translation>场景 %1</translation>
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
        <location filename="../../ui/reportlocale.cpp" line="13"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="14"/>
        <source>Training estimate</source>
        <translation>训练估算</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="15"/>
        <source>Validation</source>
        <translation>设计校验</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="16"/>
        <source>Bill of materials</source>
        <translation>物料清单</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="17"/>
        <source>Network bandwidth budgets</source>
        <translation>网络带宽预算</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="18"/>
        <source>Storage budgets</source>
        <translation>存储预算</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="19"/>
        <source>Power and energy</source>
        <translation>功率与能耗</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="20"/>
        <source>Scenario comparison</source>
        <translation>场景对比</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="21"/>
        <source>Assumptions and formulas</source>
        <translation>假设与公式</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="22"/>
        <source>GPUs</source>
        <translation>GPU数</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="23"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="24"/>
        <source>Racks</source>
        <translation>机柜</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="25"/>
        <source>Cables</source>
        <translation>线缆</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="26"/>
        <source>IT power at load</source>
        <translation>负载IT功率</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="27"/>
        <source>IT power, catalog maximum</source>
        <translation>IT功率(目录最大值)</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="28"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="29"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="30"/>
        <source>Parallelism</source>
        <translation>并行方式</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="31"/>
        <source>Step time</source>
        <translation>单步时间</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="32"/>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="33"/>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="34"/>
        <source>Memory per GPU</source>
        <translation>单卡显存</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="35"/>
        <source>Time to train</source>
        <translation>训练时长</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="36"/>
        <source>Energy of the run</source>
        <translation>训练能耗</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="37"/>
        <source>Devices by category</source>
        <translation>按类别统计设备</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="38"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="39"/>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="40"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="41"/>
        <source>Switches</source>
        <translation>交换机</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="42"/>
        <source>Tokens per second</source>
        <translation>每秒token数</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="43"/>
        <source>Model TFLOP/s per GPU</source>
        <translation>单卡模型 TFLOP/s</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="44"/>
        <source>Hardware TFLOP/s per GPU</source>
        <translation>单卡硬件 TFLOP/s</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="45"/>
        <source>Micro-batches per step</source>
        <translation>每步微批数</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="46"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="47"/>
        <source>TP communication</source>
        <translation>张量并行通信</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="48"/>
        <source>PP communication</source>
        <translation>流水并行通信</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="49"/>
        <source>Pipeline bubble</source>
        <translation>流水线气泡</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="50"/>
        <source>DP communication (exposed)</source>
        <translation>数据并行通信(未重叠)</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="51"/>
        <source>Optimizer step</source>
        <translation>优化器更新</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="52"/>
        <source>Where one training step&apos;s time goes</source>
        <translation>单个训练步的时间构成</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="53"/>
        <source>time per step (s)</source>
        <translation>单步时间 (秒)</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="54"/>
        <source>Step time breakdown</source>
        <translation>单步时间分解</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="55"/>
        <source>Part</source>
        <translation>组成</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="56"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="57"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="58"/>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="59"/>
        <source>Memory per GPU (first pipeline stage)</source>
        <translation>单卡显存(第一个流水线阶段)</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="60"/>
        <source>memory per GPU (GiB)</source>
        <translation>单卡显存 (GiB)</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="61"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="62"/>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="63"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="64"/>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="65"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="66"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="67"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="68"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="69"/>
        <source>Notes</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="70"/>
        <source>Findings</source>
        <translation>校验结果</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="71"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="72"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="73"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="74"/>
        <source>Fix</source>
        <translation>修复建议</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="75"/>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="76"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="77"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="78"/>
        <source>Rack units</source>
        <translation>机柜U数</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="79"/>
        <source>Max power</source>
        <translation>最大功率</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="80"/>
        <source>Cables and optics</source>
        <translation>线缆与光模块</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="81"/>
        <source>Cable</source>
        <translation>线缆</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="82"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="83"/>
        <source>Runs</source>
        <translation>链路数</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="84"/>
        <source>Transceivers</source>
        <translation>光模块</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="85"/>
        <source>Power</source>
        <translation>功率</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="86"/>
        <source>Device power, catalog maximum</source>
        <translation>设备功率(目录最大值)</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="87"/>
        <source>Optics and active cables</source>
        <translation>光模块与有源线缆</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="88"/>
        <source>Cabled capacity per network</source>
        <translation>各网络已连接容量</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="89"/>
        <source>Link speeds</source>
        <translation>链路速率</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="90"/>
        <source>Sum of line rates</source>
        <translation>线速总和</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="91"/>
        <source>Bandwidth budget of the plan</source>
        <translation>方案的带宽预算</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="92"/>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="93"/>
        <source>Needed to hide DP</source>
        <translation>隐藏数据并行通信所需</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="94"/>
        <source>Use</source>
        <translation>利用率</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="95"/>
        <source>GPU compute (per GPU)</source>
        <translation>GPU计算网络(单卡)</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="96"/>
        <source>NVLink (per GPU)</source>
        <translation>NVLink(单卡)</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="97"/>
        <source>Storage read (cluster)</source>
        <translation>存储读取(集群)</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="98"/>
        <source>Storage checkpoint write (cluster)</source>
        <translation>检查点写入(集群)</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="99"/>
        <source>Bandwidth per GPU: the plan&apos;s demand against the links</source>
        <translation>单卡带宽:方案需求与链路能力对比</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="100"/>
        <source>bandwidth per GPU (GB/s)</source>
        <translation>单卡带宽 (GB/s)</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="101"/>
        <source>GPU compute network</source>
        <translation>GPU计算网络</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="102"/>
        <source>NVLink</source>
        <translation>NVLink</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="103"/>
        <source>average demand</source>
        <translation>平均需求</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="104"/>
        <source>needed to hide DP</source>
        <translation>隐藏数据并行所需</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="105"/>
        <source>capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="106"/>
        <source>Training data read</source>
        <translation>训练数据读取</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="107"/>
        <source>Checkpoint size</source>
        <translation>检查点大小</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="108"/>
        <source>Checkpoint write bandwidth achieved</source>
        <translation>检查点实际写入带宽</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="109"/>
        <source>Checkpoint write time</source>
        <translation>检查点写入时间</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="110"/>
        <source>Cluster MTBF</source>
        <translation>集群平均故障间隔 (MTBF)</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="111"/>
        <source>Optimal checkpoint interval</source>
        <translation>最优检查点间隔</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="112"/>
        <source>Checkpoint overhead (writes and rework)</source>
        <translation>检查点开销(写入与重算)</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="113"/>
        <source>Restore read (checkpoint x DP)</source>
        <translation>恢复读取量(检查点 x 数据并行)</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="114"/>
        <source>Restore time</source>
        <translation>恢复时间</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="115"/>
        <source>Checkpoint times</source>
        <translation>检查点相关时间</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="116"/>
        <source>time (minutes)</source>
        <translation>时间 (分钟)</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="117"/>
        <source>Write one checkpoint</source>
        <translation>写入一个检查点</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="118"/>
        <source>Restore after a failure</source>
        <translation>故障后恢复</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="119"/>
        <source>Interval between checkpoints</source>
        <translation>检查点间隔</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="120"/>
        <source>Power by device category</source>
        <translation>按设备类别统计功率</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="121"/>
        <source>IT total</source>
        <translation>IT合计</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="122"/>
        <source>Switch power by network</source>
        <translation>按网络统计交换机功率</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="123"/>
        <source>Rack</source>
        <translation>机柜</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="124"/>
        <source>Power at load</source>
        <translation>负载功率</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="125"/>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="126"/>
        <source>Power per rack at load</source>
        <translation>各机柜负载功率</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="127"/>
        <source>power (kW)</source>
        <translation>功率 (kW)</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="128"/>
        <source>at load</source>
        <translation>负载</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="129"/>
        <source>limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="130"/>
        <source>Racks over their limit</source>
        <translation>超出上限的机柜</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="131"/>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="132"/>
        <source>Facility power (IT x PUE)</source>
        <translation>设施功率(IT x PUE)</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="133"/>
        <source>Training run</source>
        <translation>训练任务</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="134"/>
        <source>Cost of the energy</source>
        <translation>电费</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="135"/>
        <source>Time to train per scenario</source>
        <translation>各场景训练时长</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="136"/>
        <source>time to train (days)</source>
        <translation>训练时长 (天)</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="137"/>
        <source>Scenarios side by side</source>
        <translation>场景并列对比</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="138"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="139"/>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="140"/>
        <source>Assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="141"/>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="142"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="143"/>
        <source>GPU server power at training load, per GPU</source>
        <translation>训练负载下GPU服务器功率(每GPU)</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="144"/>
        <source>Other devices&apos; load</source>
        <translation>其他设备负载</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="145"/>
        <source>PUE when the plan gives none</source>
        <translation>方案未给出时的PUE</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="146"/>
        <source>Energy price when the plan gives none</source>
        <translation>方案未给出时的电价</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="147"/>
        <source>Server MTBF when the plan gives none</source>
        <translation>方案未给出时的服务器MTBF</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="148"/>
        <source>Every figure of the estimate</source>
        <translation>估算的全部数值</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="149"/>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <location filename="../../ui/reportlocale.cpp" line="150"/>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
</context>
<context>
    <name>cs::ReportWriter</name>
    <message>
        <location filename="../../ui/reportwriter.cpp" line="102"/>
        <source>ClusterStudio design report · %1</source>
        <translation>ClusterStudio 设计报告 · %1</translation>
    </message>
    <message>
        <location filename="../../ui/reportwriter.cpp" line="105"/>
        <source>page %1 of %2</source>
        <translation>第 %1 页,共 %2 页</translation>
    </message>
    <message>
        <location filename="../../ui/reportwriter.cpp" line="108"/>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location filename="../../ui/reportwriter.cpp" line="153"/>
        <source>AI GPU cluster design report · %1</source>
        <translation>AI GPU集群设计报告 · %1</translation>
    </message>
    <message>
        <location filename="../../ui/reportwriter.cpp" line="155"/>
        <source>At a glance</source>
        <translation>一览</translation>
    </message>
    <message>
        <location filename="../../ui/reportwriter.cpp" line="159"/>
        <source>Made with ClusterStudio. Every figure has its formula, inputs and source in the section &quot;%1&quot;.</source>
        <translation>由 ClusterStudio 生成。每个数值的公式、输入和来源见“%1”一节。</translation>
    </message>
    <message>
        <location filename="../../ui/reportwriter.cpp" line="167"/>
        <location filename="../../ui/reportwriter.cpp" line="169"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../ui/reportwriter.cpp" line="329"/>
        <source>Network: %1</source>
        <translation>网络:%1</translation>
    </message>
    <message>
        <location filename="../../ui/reportwriter.cpp" line="331"/>
        <source>Diagram: all networks</source>
        <translation>拓扑图:全部网络</translation>
    </message>
</context>
</TS>
