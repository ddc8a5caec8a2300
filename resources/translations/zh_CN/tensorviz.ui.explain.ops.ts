<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>OpsLesson</name>
    <message>
        <source>item() returns a Python number only for a tensor with exactly one element; how many dims it has does not matter. This tensor has more elements: pick one first (x[0].item()) or take them all with x.tolist().</source>
        <translation>只有恰好含一个元素的张量才能用 item() 取出 Python 数值，维数多少无关紧要。这个张量的元素不止一个：先取出其中一个(x[0].item())，或用 x.tolist() 取出全部。</translation>
    </message>
    <message>
        <source>An in-place operation writes its result into x itself, so the result must fit x&apos;s dtype. True division (and a float power) of integers gives floats, which an integer tensor cannot hold. The out-of-place form returns a new float tensor; or convert first with x = x.float().</source>
        <translation>原地运算把结果写回 x 自己，所以结果必须符合 x 的 dtype。整数的真除法（以及浮点次方）得到浮点数，整数张量装不下。不带 _ 的形式会返回一个新的浮点张量；或者先用 x = x.float() 转换。</translation>
    </message>
    <message>
        <source>A negative power of an integer is a fraction (2 ** -1 = 0.5), which an integer tensor cannot hold, so torch refuses instead of rounding. Use a float exponent (-1.0) or a float tensor.</source>
        <translation>整数的负次方是分数(2 ** -1 = 0.5)，整数张量装不下，所以 torch 直接拒绝而不是取整。请使用浮点指数(-1.0)或浮点张量。</translation>
    </message>
    <message>
        <source>An in-place operation cannot change the shape of x: broadcasting would give a bigger result, which does not fit into x. The out-of-place form returns a new tensor of the broadcast shape.</source>
        <translation>原地运算不能改变 x 的形状：广播后的结果比 x 大，放不进 x。不带 _ 的形式会返回一个广播后形状的新张量。</translation>
    </message>
    <message>
        <source>In A @ B the inner sizes must be equal: the last size of A (its number of columns) must equal the second-to-last size of B (its number of rows). (N, M) @ (M, P) gives (N, P).</source>
        <translation>A @ B 要求内侧的两个尺寸相等：A 的最后一维（列数）必须等于 B 的倒数第二维（行数）。(N, M) @ (M, P) 得到 (N, P)。</translation>
    </message>
    <message>
        <source>A matrix product does not convert dtypes: A and B must have the same dtype. Write both with floats (3.0) or both with integers, or convert one with .float().</source>
        <translation>矩阵乘法不会自动转换 dtype：A 和 B 的 dtype 必须相同。两个都写成浮点数(3.0)或都写成整数，或用 .float() 转换其中一个。</translation>
    </message>
    <message>
        <source>A matrix product needs at least one dim on each side; to multiply two 0-d tensors (plain numbers) use *.</source>
        <translation>矩阵乘法要求两边至少都有一维；两个 0 维张量（普通数）相乘请用 *。</translation>
    </message>
    <message>
        <source>This operation is not implemented for bool tensors; convert to int or float first.</source>
        <translation>这个运算没有为布尔张量实现；请先转换为整数或浮点。</translation>
    </message>
    <message>
        <source>Subtraction is not defined for bool tensors; use ~ (logical_not) to invert a mask, or convert to int first.</source>
        <translation>布尔张量不支持减法；要取反掩码请用 ~(logical_not)，或先转换为整数。</translation>
    </message>
    <message>
        <source>Element-wise operations pair the cells at the same position, so the shapes must be equal (or broadcastable: lined up from the right, each pair of sizes equal or one of them 1). Here they are not. For a matrix product the same rule applies to the batch dims (all but the last two).</source>
        <translation>逐元素运算把相同位置的元素配对，所以形状必须相同（或可以广播：从右边对齐，每一对尺寸相等或其中一个为 1）。这里不满足。矩阵乘法的批量维（除最后两维以外的维）也遵循同样的规则。</translation>
    </message>
    <message>
        <source>torch.tensor() could not build {0}: a value does not fit its dtype (too big for an integer, or inf/nan for an integer dtype). Nothing was computed; the previous result stays.</source>
        <translation>torch.tensor() 无法创建 {0}：有一个值放不进它的 dtype（对整数来说太大，或整数 dtype 遇到 inf/nan）。没有进行计算，上一次的结果保持不变。</translation>
    </message>
</context>
</TS>
