<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>NumpyLesson</name>
    <message>
        <source>numpy has no bfloat16 dtype, so a bfloat16 tensor cannot become an ndarray (and np.array cannot make one). Convert first, e.g. t.float().numpy().</source>
        <translation>numpy 没有 bfloat16 类型，所以 bfloat16 张量不能变成 ndarray（np.array 也造不出这种数组）。先转换类型，例如 t.float().numpy()。</translation>
    </message>
    <message>
        <source>A value does not fit the chosen dtype (see the ranges in the dtype lesson), so the object cannot be made: no pair is drawn until the values fit it.</source>
        <extracomment>Making the four pairs from the Values and dtype fields.</extracomment>
        <translation>有一个值超出了所选 dtype 的范围（各类型的范围见“数据类型与设备”一课），所以无法创建这个对象：在值符合范围之前，不会画出任何一对。</translation>
    </message>
    <message>
        <source>The value does not fit {1}, the dtype of {0} (see its range in the dtype lesson). Nothing was written into {0}.</source>
        <extracomment>Writing a value into one element of one side: ``{0}`` is the element (``a1[0, 1]``), ``{1}`` its object&apos;s dtype. numpy and torch word the same refusal differently: numpy&apos;s ``Python int too large to convert to C long`` and ``cannot convert float infinity``, torch&apos;s ``Overflow when unpacking long long`` and ``without overflow``.</extracomment>
        <translation>这个值超出了 {1} 的范围（{1} 是 {0} 的 dtype，范围见“数据类型与设备”一课）。{0} 里什么也没有写入。</translation>
    </message>
    <message>
        <source>{0} is {1}: an integer dtype cannot hold nan. Nothing was written into {0}.</source>
        <translation>{0} 是 {1}：整数 dtype 存不了 nan。{0} 里什么也没有写入。</translation>
    </message>
    <message>
        <source>Nothing was written into {0}.</source>
        <translation>{0} 里什么也没有写入。</translation>
    </message>
</context>
</TS>
