using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace Osez.Tests.Architecture;

/// <summary>
/// Which folders of Osez.Core use which (namespaces follow folders: <c>Osez.Rendering.Views</c> is the folder
/// Rendering). A folder uses another when its compiled code names a type of the other anywhere: base types,
/// signatures, attributes, locals and every instruction of every method body (lambdas and iterators included,
/// since they compile to nested types). Constants leave no trace in compiled code (their value is copied), so a
/// <c>using Osez.X;</c> directive in one of the folder's files counts too.
/// </summary>
public sealed partial class FolderGraph
{
    private const string Root = "Osez.";

    private readonly Dictionary<(string From, string To), string> _edges = [];

    public IReadOnlyCollection<string> Folders { get; }

    /// <summary>Each use of one folder by another, with one example ("PagePlanner uses SearchPage").</summary>
    public IReadOnlyDictionary<(string From, string To), string> Edges => _edges;

    private FolderGraph(IReadOnlyCollection<string> folders) => Folders = folders;

    /// <param name="assemblyPath">The compiled project.</param>
    /// <param name="sourceFolder">Its source folder, one sub-folder per namespace.</param>
    public static FolderGraph Of(string assemblyPath, string sourceFolder)
    {
        var folders = Directory.GetDirectories(sourceFolder).Select(Path.GetFileName).OfType<string>()
            .Where(name => name is not ("bin" or "obj")).Order(StringComparer.Ordinal).ToList();
        var graph = new FolderGraph(folders);
        graph.ReadAssembly(assemblyPath);
        graph.ReadUsings(sourceFolder);
        return graph;
    }

    public IEnumerable<string> Uses(string folder) => _edges.Keys.Where(e => e.From == folder).Select(e => e.To);

    /// <summary>Groups of folders that reach one another (Tarjan's strongly connected components), larger than one.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Loops()
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var loops = new List<IReadOnlyList<string>>();
        foreach (var folder in Folders)
            if (!index.ContainsKey(folder))
                Visit(folder);
        return loops;

        void Visit(string folder)
        {
            index[folder] = low[folder] = index.Count;
            stack.Push(folder);
            foreach (var next in Uses(folder))
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[folder] = Math.Min(low[folder], low[next]);
                }
                else if (stack.Contains(next))
                    low[folder] = Math.Min(low[folder], index[next]);
            }
            if (low[folder] != index[folder])
                return;
            var group = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                group.Add(member);
            }
            while (member != folder);
            if (group.Count > 1)
                loops.Add(group.Order(StringComparer.Ordinal).ToList());
        }
    }

    /// <summary>The shortest way back from <paramref name="start"/> to itself inside <paramref name="group"/>.</summary>
    public IReadOnlyList<string> CycleThrough(string start, IReadOnlyCollection<string> group)
    {
        var cameFrom = new Dictionary<string, string>();
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            foreach (var next in Uses(current).Where(group.Contains).Order(StringComparer.Ordinal))
            {
                if (next == start)
                {
                    var path = new List<string> { start };
                    for (var at = current; at != start; at = cameFrom[at])
                        path.Insert(1, at);
                    path.Add(start);
                    return path;
                }
                if (cameFrom.TryAdd(next, current))
                    queue.Enqueue(next);
            }
        }
        return [start];
    }

    /// <summary>A loop for people: each step, and which type of one folder uses which type of the next.</summary>
    public string Describe(IReadOnlyList<string> group)
    {
        var lines = new List<string> { $"{group.Count} folders in one loop: {string.Join(", ", group)}" };
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in group)
        {
            var cycle = CycleThrough(start, group);
            // The same cycle from another of its folders is told once.
            if (cycle.Count < 2 || !shown.Add(string.Join(",", cycle.Skip(1).Order(StringComparer.Ordinal))))
                continue;
            lines.Add("  " + string.Join(" -> ", cycle));
            for (var i = 0; i + 1 < cycle.Count; i++)
                lines.Add($"      {cycle[i]} -> {cycle[i + 1]}: {_edges[(cycle[i], cycle[i + 1])]}");
        }
        return string.Join('\n', lines);
    }

    private string? FolderOf(string? @namespace)
    {
        if (@namespace is null || !@namespace.StartsWith(Root, StringComparison.Ordinal))
            return null;
        var rest = @namespace[Root.Length..];
        var dot = rest.IndexOf('.');
        var folder = dot < 0 ? rest : rest[..dot];
        return Folders.Contains(folder) ? folder : null;
    }

    private void Add(string? from, string? to, string example)
    {
        if (from is not null && to is not null && from != to)
            _edges.TryAdd((from, to), example);
    }

    private void ReadUsings(string sourceFolder)
    {
        foreach (var folder in Folders)
            foreach (var file in Directory.EnumerateFiles(Path.Combine(sourceFolder, folder), "*.cs", SearchOption.AllDirectories))
                foreach (Match directive in UsingPattern().Matches(File.ReadAllText(file)))
                    Add(folder, FolderOf(directive.Groups[1].Value + "."),
                        $"{Path.GetRelativePath(sourceFolder, file).Replace('\\', '/')} has 'using {directive.Groups[1].Value};'");
    }

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?(Osez(?:\.\w+)+)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingPattern();

    private void ReadAssembly(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            var from = FolderOf(NamespaceOf(reader, handle));
            if (from is null)
                continue;
            var name = NameOf(reader, handle);
            foreach (var used in TypesUsedBy(reader, pe, type))
                Add(from, FolderOf(NamespaceOf(reader, used)), $"{name} uses {NameOf(reader, used)}");
        }
    }

    /// <summary>A nested type (a lambda's closure, an iterator) belongs where its outermost type does.</summary>
    private static TypeDefinitionHandle Outermost(MetadataReader reader, TypeDefinitionHandle handle)
    {
        while (reader.GetTypeDefinition(handle).GetDeclaringType() is { IsNil: false } outer)
            handle = outer;
        return handle;
    }

    private static string NamespaceOf(MetadataReader reader, TypeDefinitionHandle handle)
        => reader.GetString(reader.GetTypeDefinition(Outermost(reader, handle)).Namespace);

    private static string NameOf(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var name = reader.GetString(reader.GetTypeDefinition(Outermost(reader, handle)).Name);
        var tick = name.IndexOf('`');
        return tick < 0 ? name : name[..tick];
    }

    private static HashSet<TypeDefinitionHandle> TypesUsedBy(MetadataReader reader, PEReader pe, TypeDefinition type)
    {
        var used = new HashSet<TypeDefinitionHandle>();
        var signatures = new SignatureTypes(used);
        void Entity(EntityHandle handle) => AddEntity(reader, handle, used, signatures);

        if (!type.BaseType.IsNil)
            Entity(type.BaseType);
        foreach (var implementation in type.GetInterfaceImplementations())
            Entity(reader.GetInterfaceImplementation(implementation).Interface);
        Attributes(reader, type.GetCustomAttributes(), Entity);
        foreach (var parameter in type.GetGenericParameters())
            foreach (var constraint in reader.GetGenericParameter(parameter).GetConstraints())
                Entity(reader.GetGenericParameterConstraint(constraint).Type);
        foreach (var fieldHandle in type.GetFields())
        {
            var field = reader.GetFieldDefinition(fieldHandle);
            field.DecodeSignature(signatures, null);
            Attributes(reader, field.GetCustomAttributes(), Entity);
        }
        foreach (var propertyHandle in type.GetProperties())
            Attributes(reader, reader.GetPropertyDefinition(propertyHandle).GetCustomAttributes(), Entity);
        foreach (var methodHandle in type.GetMethods())
        {
            var method = reader.GetMethodDefinition(methodHandle);
            method.DecodeSignature(signatures, null);
            Attributes(reader, method.GetCustomAttributes(), Entity);
            foreach (var parameter in method.GetParameters())
                Attributes(reader, reader.GetParameter(parameter).GetCustomAttributes(), Entity);
            if (method.RelativeVirtualAddress == 0)
                continue;
            var body = pe.GetMethodBody(method.RelativeVirtualAddress);
            if (!body.LocalSignature.IsNil)
                reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(signatures, null);
            foreach (var region in body.ExceptionRegions)
                if (!region.CatchType.IsNil)
                    Entity(region.CatchType);
            foreach (var token in Tokens(body.GetILReader()))
                Entity(MetadataTokens.EntityHandle(token));
        }
        return used;
    }

    private static void Attributes(MetadataReader reader, CustomAttributeHandleCollection attributes, Action<EntityHandle> entity)
    {
        foreach (var attribute in attributes)
            entity(reader.GetCustomAttribute(attribute).Constructor);
    }

    private static void AddEntity(MetadataReader reader, EntityHandle handle, HashSet<TypeDefinitionHandle> used, SignatureTypes signatures)
    {
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                used.Add((TypeDefinitionHandle)handle);
                break;
            case HandleKind.TypeSpecification:
                reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(signatures, null);
                break;
            case HandleKind.MethodDefinition:
                used.Add(reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType());
                break;
            case HandleKind.FieldDefinition:
                used.Add(reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType());
                break;
            case HandleKind.MemberReference:
                var member = reader.GetMemberReference((MemberReferenceHandle)handle);
                AddEntity(reader, member.Parent, used, signatures);
                if (member.GetKind() == MemberReferenceKind.Method)
                    member.DecodeMethodSignature(signatures, null);
                else
                    member.DecodeFieldSignature(signatures, null);
                break;
            case HandleKind.MethodSpecification:
                var specification = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                AddEntity(reader, specification.Method, used, signatures);
                specification.DecodeSignature(signatures, null);
                break;
            case HandleKind.StandaloneSignature:
                var standalone = reader.GetStandaloneSignature((StandaloneSignatureHandle)handle);
                if (standalone.GetKind() == StandaloneSignatureKind.Method)
                    standalone.DecodeMethodSignature(signatures, null);
                break;
        }
    }

    private static readonly Dictionary<int, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => (int)(ushort)o.Value);

    /// <summary>The metadata tokens the instructions of a method body name (types, methods, fields, signatures).</summary>
    private static List<int> Tokens(BlobReader il)
    {
        var tokens = new List<int>();
        while (il.RemainingBytes > 0)
        {
            int value = il.ReadByte();
            if (value == 0xFE)
                value = 0xFE00 | il.ReadByte();
            var opCode = OpCodesByValue[value];
            switch (opCode.OperandType)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok
                    or OperandType.InlineType or OperandType.InlineSig:
                    tokens.Add(il.ReadInt32());
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineSwitch:
                    var targets = il.ReadInt32();
                    il.Offset += 4 * targets;
                    break;
                default: // InlineBrTarget, InlineI, InlineString, ShortInlineR
                    il.Offset += 4;
                    break;
            }
        }
        return tokens;
    }

    /// <summary>Collects the project's own types met in a signature; the decoded value itself is not used.</summary>
    private sealed class SignatureTypes(HashSet<TypeDefinitionHandle> used) : ISignatureTypeProvider<int, object?>
    {
        public int GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            used.Add(handle);
            return 0;
        }

        public int GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => 0;

        public int GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
            => reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public int GetPrimitiveType(PrimitiveTypeCode typeCode) => 0;

        public int GetSZArrayType(int elementType) => 0;

        public int GetArrayType(int elementType, ArrayShape shape) => 0;

        public int GetByReferenceType(int elementType) => 0;

        public int GetPointerType(int elementType) => 0;

        public int GetPinnedType(int elementType) => 0;

        public int GetGenericInstantiation(int genericType, ImmutableArray<int> typeArguments) => 0;

        public int GetGenericTypeParameter(object? genericContext, int index) => 0;

        public int GetGenericMethodParameter(object? genericContext, int index) => 0;

        public int GetFunctionPointerType(MethodSignature<int> signature) => 0;

        public int GetModifiedType(int modifier, int unmodifiedType, bool isRequired) => 0;
    }
}
