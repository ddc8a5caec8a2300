<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CodeComments</name>
    <message>
        <source>both expanded to one shape: views with stride 0 where stretched, no copies</source>
        <extracomment>Every comment core writes, ``{0}``, ``{1}`` standing for code or numbers.</extracomment>
        <translation>两者扩展成同一形状：被拉伸处是 stride 为 0 的视图，不复制</translation>
    </message>
    <message>
        <source>uninitialised memory: print only shape and dtype</source>
        <translation>未初始化的内存：只打印形状和 dtype</translation>
    </message>
    <message>
        <source>the same seed gives the same numbers</source>
        <translation>同样的种子给出同样的数</translation>
    </message>
    <message>
        <source>a large sample, as float64 for its statistics</source>
        <translation>一个大样本，转成 float64 来算统计量</translation>
    </message>
    <message>
        <source>the same input given to {0}</source>
        <translation>同样的输入交给 {0}</translation>
    </message>
    <message>
        <source>the same tensor t given to {0}</source>
        <translation>同一个张量 t 交给 {0}</translation>
    </message>
    <message>
        <source>{0} would reserve {1} uninitialised floats: not run here</source>
        <translation>{0} 会分配 {1} 个未初始化的浮点数：这里不运行</translation>
    </message>
    <message>
        <source>the same memory as t? (the same data_ptr: the same bytes)</source>
        <translation>和 t 共用内存吗？（data_ptr 相同：同一块字节）</translation>
    </message>
    <message>
        <source>does torch.tensor take copy=True?</source>
        <translation>torch.tensor 接受 copy=True 吗？</translation>
    </message>
    <message>
        <source>integers: iinfo, floats: finfo (bits, smallest, largest, eps)</source>
        <translation>整数用 iinfo，浮点数用 finfo（位数、最小值、最大值、eps）</translation>
    </message>
    <message>
        <source>the bits of x{0} as typed ({1}): sign | exponent | mantissa</source>
        <translation>x{0} 按输入值（{1}）的位：符号 | 指数 | 尾数</translation>
    </message>
    <message>
        <source>the bits of the scalar x as typed ({0}): sign | exponent | mantissa</source>
        <translation>标量 x 按输入值（{0}）的位：符号 | 指数 | 尾数</translation>
    </message>
    <message>
        <source>move to {0}</source>
        <translation>移到 {0}</translation>
    </message>
    <message>
        <source>.cuda() moves to the current GPU</source>
        <translation>.cuda() 移到当前的 GPU</translation>
    </message>
    <message>
        <source>create directly on {0}</source>
        <translation>直接在 {0} 上创建</translation>
    </message>
    <message>
        <source>tensors on two devices meet: one on {0}, one on the CPU</source>
        <translation>两个设备上的张量相遇：一个在 {0}，一个在 CPU</translation>
    </message>
    <message>
        <source>the same rule on any machine: the &apos;meta&apos; device holds shapes but no data</source>
        <translation>在任何机器上规则都一样：&apos;meta&apos; 设备只有形状，没有数据</translation>
    </message>
    <message>
        <source>a 0-d CPU tensor is the exception: torch treats it like a number</source>
        <translation>0 维的 CPU 张量是例外：torch 把它当作一个数</translation>
    </message>
    <message>
        <source>a on {0}, b on cpu</source>
        <translation>a 在 {0}，b 在 cpu</translation>
    </message>
    <message>
        <source>1) tensor.numpy(): the ndarray uses the tensor&apos;s memory</source>
        <translation>1) tensor.numpy()：ndarray 用张量的内存</translation>
    </message>
    <message>
        <source>2) tensor.numpy().copy(): the ndarray gets its own memory</source>
        <translation>2) tensor.numpy().copy()：ndarray 有自己的内存</translation>
    </message>
    <message>
        <source>3) torch.from_numpy(ndarray): the tensor uses the ndarray&apos;s memory</source>
        <translation>3) torch.from_numpy(ndarray)：张量用 ndarray 的内存</translation>
    </message>
    <message>
        <source>4) torch.tensor(ndarray): the tensor gets its own memory</source>
        <translation>4) torch.tensor(ndarray)：张量有自己的内存</translation>
    </message>
    <message>
        <source>defaults: numpy makes float64, torch.tensor makes float32</source>
        <translation>默认：numpy 生成 float64，torch.tensor 生成 float32</translation>
    </message>
    <message>
        <source>numpy -&gt; torch</source>
        <translation>numpy -&gt; torch</translation>
    </message>
    <message>
        <source>torch -&gt; numpy</source>
        <translation>torch -&gt; numpy</translation>
    </message>
    <message>
        <source>out-of-place: a new tensor, x unchanged</source>
        <translation>非原地：得到新张量，x 不变</translation>
    </message>
    <message>
        <source>in-place (trailing _): changes x, returns x</source>
        <translation>原地（末尾带 _）：改变 x，返回 x</translation>
    </message>
    <message>
        <source>{0}: row of A times column of B, summed</source>
        <translation>{0}：A 的行乘以 B 的列，再求和</translation>
    </message>
    <message>
        <source>{0}  (not run: an earlier step failed)</source>
        <translation>{0}  （未运行：前面的步骤失败了）</translation>
    </message>
    <message>
        <source>no torch.no_grad() around the update</source>
        <translation>更新外面没有 torch.no_grad()</translation>
    </message>
    <message>
        <source>a new tensor, not the leaf x</source>
        <translation>一个新张量，不是叶子 x</translation>
    </message>
    <message>
        <source>switch it back on: the setting is global</source>
        <translation>再打开：这个设置是全局的</translation>
    </message>
</context>
</TS>
