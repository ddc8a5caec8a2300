<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>OpsLesson</name>
    <message>
        <source>The course&apos;s example (2, 3) @ (3, 2)</source>
        <translation>课程中的例子 (2, 3) @ (3, 2)</translation>
    </message>
    <message>
        <source>Vector @ matrix (3,) @ (3, 2)</source>
        <translation>向量 @ 矩阵 (3,) @ (3, 2)</translation>
    </message>
    <message>
        <source>Batched (2, 2, 3) @ (2, 3, 2)</source>
        <translation>批量 (2, 2, 3) @ (2, 3, 2)</translation>
    </message>
    <message>
        <source>(2, 3) @ (2, 3): error</source>
        <translation>(2, 3) @ (2, 3)：报错</translation>
    </message>
    <message>
        <source>int @ float: error</source>
        <translation>整数 @ 浮点：报错</translation>
    </message>
    <message>
        <source>Matrix product</source>
        <translation>矩阵乘法</translation>
    </message>
    <message>
        <source>Random integers 0..9</source>
        <translation>0..9 的随机整数</translation>
    </message>
    <message>
        <source>shape of A</source>
        <translation>A 的形状</translation>
    </message>
    <message>
        <source>shape of B</source>
        <translation>B 的形状</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Make A and B</source>
        <translation>生成 A 和 B</translation>
    </message>
    <message>
        <source>Shape of A</source>
        <translation>A 的形状</translation>
    </message>
    <message>
        <source>Shape of B</source>
        <translation>B 的形状</translation>
    </message>
    <message>
        <source>Result C</source>
        <translation>结果 C</translation>
    </message>
    <message>
        <source>Step through C</source>
        <translation>逐格查看 C</translation>
    </message>
    <message>
        <source>1 cell/s</source>
        <translation>每秒 1 格</translation>
    </message>
    <message>
        <source>{0} cells/s</source>
        <translation>每秒 {0} 格</translation>
    </message>
    <message>
        <source>cell {0} of {1}</source>
        <translation>第 {0} 格，共 {1} 格</translation>
    </message>
    <message>
        <source>The grids still show the last product torch could compute.</source>
        <translation>下面仍显示 torch 上一次成功计算的乘积。</translation>
    </message>
    <message>
        <source>Each cell of C is the sum of products of a row of A and a column of B. Hover or click a cell of C, or press Play.</source>
        <translation>C 的每个格子都是 A 的一行与 B 的一列对应元素乘积之和。把鼠标移到或点击 C 的格子，或按“播放”。</translation>
    </message>
    <message>
        <source>The result is too big to write out cell by cell.</source>
        <translation>结果太大，无法逐格写出。</translation>
    </message>
    <message>
        <source>{0} = {1} · {2}: the row times the column, element by element, summed</source>
        <translation>{0} = {1} · {2}：这一行与这一列逐个相乘，再求和</translation>
    </message>
    <message>
        <source>A matrix product needs at least one dim on each side.</source>
        <translation>矩阵乘法要求两边至少都有一维。</translation>
    </message>
    <message>
        <source>Inner sizes match: {0} = {1}. C takes the outer sizes.</source>
        <translation>内侧尺寸相等：{0} = {1}。C 取两边外侧的尺寸。</translation>
    </message>
    <message>
        <source>Inner sizes differ: {0} ≠ {1}, so torch cannot multiply.</source>
        <translation>内侧尺寸不同：{0} ≠ {1}，torch 无法相乘。</translation>
    </message>
    <message>
        <source>The batch dims {0} and {1} do not broadcast.</source>
        <translation>批量维 {0} 和 {1} 无法广播。</translation>
    </message>
    <message>
        <source>The sizes before the last two are batch dims: one matrix product per batch entry.</source>
        <translation>最后两维之前的尺寸是批量维：每个批量各做一次矩阵乘法。</translation>
    </message>
    <message>
        <source>A 1-D tensor counts as a row (on the left) or a column (on the right); that dim is dropped from the result.</source>
        <translation>一维张量在左边当作一行、在右边当作一列；结果中会去掉这一维。</translation>
    </message>
</context>
</TS>
