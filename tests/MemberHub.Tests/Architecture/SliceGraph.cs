using Mono.Cecil;
using Mono.Cecil.Cil;

namespace MemberHub.Tests.Architecture;

/// <summary>
/// Which slice of MemberHub.Web uses which, read from the compiled assembly: signatures, attributes and every type,
/// method and field a method body names (so a <c>db.Set&lt;MemberProfile&gt;()</c> counts, not only a using).
/// A slice is a feature folder (<c>Features.Questions</c>) or <c>Infrastructure</c>; the rest (Program, the DbContext,
/// App, layout and shared components) is <see cref="AppRoot"/>, which composes the slices and may use any of them.
/// </summary>
public sealed class SliceGraph
{
    public const string AppRoot = "App";
    private const string Root = "MemberHub.Web";
    private readonly Dictionary<(string From, string To), SortedSet<string>> edges = [];

    public static SliceGraph Of(Type anyTypeOfTheAssembly)
    {
        var graph = new SliceGraph();
        using var assembly = AssemblyDefinition.ReadAssembly(anyTypeOfTheAssembly.Assembly.Location);
        foreach (var type in assembly.MainModule.GetTypes())
        {
            if (SliceOf(type) is { } from)
            {
                foreach (var used in Uses(type))
                {
                    if (SliceOf(used) is { } to && to != from)
                    {
                        graph.Add(from, to, $"{Outermost(type).FullName} uses {Outermost(used).FullName}");
                    }
                }
            }
        }
        return graph;
    }

    /// <summary>A graph from edges alone, to check the cycle finder itself.</summary>
    public static SliceGraph From(params (string From, string To)[] uses)
    {
        var graph = new SliceGraph();
        foreach (var (from, to) in uses)
        {
            graph.Add(from, to, $"{from} uses {to}");
        }
        return graph;
    }

    public IReadOnlyCollection<string> Slices => edges.Keys.SelectMany(e => new[] { e.From, e.To }).ToHashSet();

    public IEnumerable<string> UsedBy(string slice) => edges.Keys.Where(e => e.From == slice).Select(e => e.To).Order();

    /// <summary>Why <paramref name="from"/> uses <paramref name="to"/>: the first few places, for a failure message.</summary>
    public string Why(string from, string to, int examples = 3) =>
        edges.TryGetValue((from, to), out var why) ? string.Join("; ", why.Take(examples)) : "";

    /// <summary>Groups of slices that reach each other (Tarjan's strongly connected components), largest first; the app root is left out.</summary>
    public List<List<string>> Cycles()
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var cycles = new List<List<string>>();
        void Visit(string slice)
        {
            index[slice] = low[slice] = index.Count;
            stack.Push(slice);
            foreach (var next in UsedBy(slice).Where(s => s != AppRoot))
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[slice] = Math.Min(low[slice], low[next]);
                }
                else if (stack.Contains(next))
                {
                    low[slice] = Math.Min(low[slice], index[next]);
                }
            }
            if (low[slice] == index[slice])
            {
                var group = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    group.Add(member);
                }
                while (member != slice);
                if (group.Count > 1)
                {
                    cycles.Add(group.Order().ToList());
                }
            }
        }
        foreach (var slice in Slices.Where(s => s != AppRoot).Order())
        {
            if (!index.ContainsKey(slice))
            {
                Visit(slice);
            }
        }
        return cycles.OrderByDescending(c => c.Count).ToList();
    }

    private void Add(string from, string to, string why)
    {
        if (!edges.TryGetValue((from, to), out var reasons))
        {
            edges[(from, to)] = reasons = [];
        }
        reasons.Add(why);
    }

    private static string? SliceOf(TypeReference type)
    {
        var outermost = Outermost(type);
        if (outermost is GenericParameter || outermost.Name.StartsWith('<'))
        {
            // A type parameter, or a compiler-made helper (a collection literal's list) shared by the whole assembly.
            return null;
        }
        if (outermost is not TypeDefinition && outermost.Scope is not ModuleDefinition)
        {
            // Defined in another assembly (the framework, a package).
            return null;
        }
        if (!outermost.Namespace.StartsWith(Root + ".", StringComparison.Ordinal))
        {
            return AppRoot;
        }
        var parts = outermost.Namespace[(Root.Length + 1)..].Split('.');
        return parts[0] switch
        {
            "Features" when parts.Length > 1 => "Features." + parts[1],
            "Infrastructure" => "Infrastructure",
            _ => AppRoot,
        };
    }

    private static TypeReference Outermost(TypeReference type)
    {
        type = type.GetElementType();
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }
        return type;
    }

    private static IEnumerable<TypeReference> Uses(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        void Add(TypeReference? reference)
        {
            switch (reference)
            {
                case null:
                    return;
                case GenericInstanceType generic:
                    Add(generic.ElementType);
                    generic.GenericArguments.ToList().ForEach(Add);
                    return;
                case TypeSpecification specification:
                    Add(specification.ElementType);
                    return;
                default:
                    found.Add(reference);
                    return;
            }
        }
        void AddAttributes(ICustomAttributeProvider provider)
        {
            foreach (var attribute in provider.CustomAttributes)
            {
                Add(attribute.AttributeType);
                attribute.ConstructorArguments.Select(a => a.Value).OfType<TypeReference>().ToList().ForEach(Add);
            }
        }
        void AddMethod(MethodReference method)
        {
            Add(method.DeclaringType);
            Add(method.ReturnType);
            method.Parameters.ToList().ForEach(p => Add(p.ParameterType));
            if (method is GenericInstanceMethod generic)
            {
                generic.GenericArguments.ToList().ForEach(Add);
            }
        }

        Add(type.BaseType);
        type.Interfaces.ToList().ForEach(i => Add(i.InterfaceType));
        AddAttributes(type);
        type.Fields.ToList().ForEach(f => { Add(f.FieldType); AddAttributes(f); });
        type.Properties.ToList().ForEach(p => { Add(p.PropertyType); AddAttributes(p); });
        foreach (var method in type.Methods)
        {
            AddMethod(method);
            AddAttributes(method);
            method.Parameters.ToList().ForEach(AddAttributes);
            if (!method.HasBody)
            {
                continue;
            }
            method.Body.Variables.ToList().ForEach(v => Add(v.VariableType));
            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference operand:
                        Add(operand);
                        break;
                    case MethodReference operand:
                        AddMethod(operand);
                        break;
                    case FieldReference operand:
                        Add(operand.DeclaringType);
                        Add(operand.FieldType);
                        break;
                }
            }
        }
        return found;
    }
}
