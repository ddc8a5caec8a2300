<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Lecture</name>
    <message>
        <source>Previous step (PageUp, ←)</source>
        <translation>上一步（PageUp、←）</translation>
    </message>
    <message>
        <source>Next step (PageDown, →, Space)</source>
        <translation>下一步（PageDown、→、空格）</translation>
    </message>
    <message>
        <source>Steps…</source>
        <translation>步骤…</translation>
    </message>
    <message>
        <source>Go to a step (Ctrl+G)</source>
        <translation>跳到某一步（Ctrl+G）</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>揭晓</translation>
    </message>
    <message>
        <source>Show torch&apos;s answer (R)</source>
        <translation>显示 torch 给出的答案（R）</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Answer the questions yourself; torch checks them</source>
        <translation>自己回答问题，由 torch 来判断对错</translation>
    </message>
    <message>
        <source>Leave lecture</source>
        <translation>退出讲课</translation>
    </message>
    <message>
        <source>Back to the lessons (Esc)</source>
        <translation>回到课程列表（Esc）</translation>
    </message>
    <message>
        <source>The notes differ: {0}</source>
        <translation>与讲义不同：{0}</translation>
    </message>
    <message>
        <source>Question: {0}</source>
        <translation>提问：{0}</translation>
    </message>
    <message>
        <source>?

{0}

Press R to reveal torch&apos;s answer</source>
        <translation>？

{0}

按 R 揭晓 torch 的答案</translation>
    </message>
    <message>
        <source>Press R to reveal torch&apos;s answer</source>
        <translation>按 R 揭晓 torch 的答案</translation>
    </message>
    <message>
        <source>?
(R)</source>
        <translation>？
（R）</translation>
    </message>
    <message>
        <source>torch says: {0}</source>
        <translation>torch 的结果：{0}</translation>
    </message>
    <message>
        <source>no error: torch accepts it</source>
        <translation>不报错，torch 接受这一操作</translation>
    </message>
    <message>
        <source>torch raises an error</source>
        <translation>torch 报错</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>不报错</translation>
    </message>
    <message>
        <source>it converges</source>
        <translation>收敛</translation>
    </message>
    <message>
        <source>it oscillates</source>
        <translation>振荡</translation>
    </message>
    <message>
        <source>it diverges</source>
        <translation>发散</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>the sizes, separated by commas</source>
        <translation>各维的大小，用逗号分隔</translation>
    </message>
    <message>
        <source>the strides, separated by commas</source>
        <translation>各维的步长，用逗号分隔</translation>
    </message>
    <message>
        <source>a number, in digits</source>
        <translation>一个数，用数字写出</translation>
    </message>
    <message>
        <source>the dtype&apos;s name</source>
        <translation>dtype 的名称</translation>
    </message>
    <message>
        <source>the device&apos;s name</source>
        <translation>设备的名称</translation>
    </message>
    <message>
        <source>Not the dtype torch gives. Try again (attempt {0}).</source>
        <translation>不是 torch 给出的 dtype，再试一次（第 {0} 次）。</translation>
    </message>
    <message>
        <source>The tensor is not on that device. Try again (attempt {0}).</source>
        <translation>张量不在这个设备上，再试一次（第 {0} 次）。</translation>
    </message>
    <message>
        <source>Not what torch does. Try again (attempt {0}).</source>
        <translation>torch 不是这样，再试一次（第 {0} 次）。</translation>
    </message>
    <message>
        <source>Not what torch does: it raises an error, shown above.</source>
        <translation>torch 不是这样：它会报错，见上方。</translation>
    </message>
    <message>
        <source>Not what torch does: it raises no error here.</source>
        <translation>torch 不是这样：这里它不会报错。</translation>
    </message>
    <message>
        <source>Not what torch does: the answer is {0}.</source>
        <translation>torch 不是这样：答案是 {0}。</translation>
    </message>
    <message>
        <source>Not torch&apos;s answer: it is shown above.</source>
        <translation>这不是 torch 的答案：答案已在上方。</translation>
    </message>
    <message>
        <source>A shape is whole numbers separated by commas, one per dim (() for none).</source>
        <translation>形状是用逗号分隔的整数，每维一个（没有维度时写 ()）。</translation>
    </message>
    <message>
        <source>Right: torch agrees.</source>
        <translation>正确：与 torch 的结果一致。</translation>
    </message>
    <message>
        <source>Not what torch computes. Try again (attempt {0}).</source>
        <translation>与 torch 的计算结果不同，再试一次（第 {0} 次）。</translation>
    </message>
    <message>
        <source>Type an answer first.</source>
        <translation>请先输入答案。</translation>
    </message>
    <message>
        <source>That answer is too long (at most 200 characters).</source>
        <translation>答案太长了（最多 200 个字符）。</translation>
    </message>
    <message>
        <source>The answer is a number, e.g. 2.5 or -1e-3.</source>
        <translation>答案应是一个数，例如 2.5 或 -1e-3。</translation>
    </message>
    <message>
        <source>torch prints decimals, not fractions: type it as a decimal (1/4 as 0.25).</source>
        <translation>torch 打印的是小数，不是分数：请写成小数（1/4 写作 0.25）。</translation>
    </message>
    <message>
        <source>Not a dtype: the question asks what type the elements have.</source>
        <translation>这不是 dtype：问题问的是元素的类型。</translation>
    </message>
    <message>
        <source>Not a device: the question asks which device holds the tensor, not its dtype.</source>
        <translation>这不是设备：问题问的是张量在哪个设备上，不是它的 dtype。</translation>
    </message>
    <message>
        <source>Choose one of the answers offered.</source>
        <translation>请从给出的答案中选择一个。</translation>
    </message>
    <message>
        <source>torch gives no answer to this question with what is shown now.</source>
        <translation>按现在显示的设置，torch 对这个问题没有答案。</translation>
    </message>
    <message>
        <source>That answer cannot be read.</source>
        <translation>无法识别这个答案。</translation>
    </message>
    <message>
        <source>Chapter {0}: {1} of {2} questions answered right</source>
        <translation>第{0}章：{2} 道题中答对 {1} 道</translation>
    </message>
    <message>
        <source>Go to step</source>
        <translation>跳到步骤</translation>
    </message>
    <message>
        <source>Filter: a section (7.5) or a word</source>
        <translation>筛选：章节号（如 七.5）或关键词</translation>
    </message>
</context>
</TS>
