<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DescentLesson</name>
    <message>
        <source>Optimizer race (line fit)</source>
        <translation>优化器对比（直线拟合）</translation>
    </message>
    <message>
        <source>Tick runners to race them from the same start on the same data, each at its own lr.</source>
        <translation>勾选要对比的优化器：从同一起点、在同一数据上运行，各用自己的学习率。</translation>
    </message>
    <message>
        <source>Course loop</source>
        <translation>课程的循环</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Momentum 0.9</source>
        <translation>动量 0.9</translation>
    </message>
    <message>
        <source>Nesterov 0.9</source>
        <translation>Nesterov 0.9</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>lr of {0}</source>
        <translation>{0} 的学习率</translation>
    </message>
    <message>
        <source>The learning rate of {0} in the race</source>
        <translation>{0} 在对比中的学习率</translation>
    </message>
    <message>
        <source>this run, lr {0}</source>
        <translation>本次运行，lr {0}</translation>
    </message>
    <message>
        <source>Loss over (a, b): click or drag to set the start</source>
        <translation>(a, b) 上的损失：点击或拖动以设置起点</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>steep: λ = {0}</source>
        <translation>曲率大的方向：特征值 {0}</translation>
    </message>
    <message>
        <source>flat: λ = {0}</source>
        <translation>曲率小的方向：特征值 {0}</translation>
    </message>
</context>
</TS>
